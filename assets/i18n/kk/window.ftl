# window — kk
