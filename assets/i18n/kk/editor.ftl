# editor — kk
