# editor — ru
