# reports — kk
