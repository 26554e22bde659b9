# Слова предметной области: статусы, виды, отметки достоверности, счётные слова.
# Глоссарий:
#   commitment — обязательство; status — статус; evidence link — подтверждение (ссылка);
#   history — история; note — заметка; source document — источник; replaced — заменено;
#   in force — действует; Not assessed — Не оценено; No action — Без действий;
#   In progress — В работе; Stalled — Застопорилось; Partially fulfilled — Выполнено частично;
#   Fulfilled — Выполнено; Not fulfilled — Не выполнено.
#   Mazhilis — Мажилис; maslikhat — маслихат; akim — аким; Kurultai — Курултай.

