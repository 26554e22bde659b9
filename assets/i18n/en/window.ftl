# window — en
