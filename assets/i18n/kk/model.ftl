# Пән саласының сөздері: мәртебелер, түрлер, сенімділік белгілері, санақ сөздері.
# Глоссарий:
#   commitment — міндеттеме; status — мәртебе; evidence link — дәлел (сілтеме);
#   history — тарих; note — жазба; source document — дереккөз; replaced — ауыстырылған;
#   in force — күшінде; Not assessed — Бағаланбаған; No action — Әрекет жоқ;
#   In progress — Орындалуда; Stalled — Тоқтап тұр; Partially fulfilled — Ішінара орындалды;
#   Fulfilled — Орындалды; Not fulfilled — Орындалмады.
#   Mazhilis — Мәжіліс; maslikhat — мәслихат; akim — әкім; Kurultai — Құрылтай.

