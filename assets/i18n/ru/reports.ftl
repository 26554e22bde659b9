# reports — ru
