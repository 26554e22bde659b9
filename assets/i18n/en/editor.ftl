# editor — en
