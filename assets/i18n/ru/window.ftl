# window — ru
