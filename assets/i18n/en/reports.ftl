# reports — en
