# Слова предметной области: статусы, виды, отметки достоверности, счётные слова.
# Глоссарий:
#   commitment — обязательство; status — статус; evidence link — подтверждение (ссылка);
#   history — история; note — заметка; source document — источник; replaced — заменено;
#   in force — действует; Not assessed — Не оценено; No action — Без действий;
#   In progress — В работе; Stalled — Застопорилось; Partially fulfilled — Выполнено частично;
#   Fulfilled — Выполнено; Not fulfilled — Не выполнено.
#   Mazhilis — Мажилис; maslikhat — маслихат; akim — аким; Kurultai — Курултай.

#   overdue — просрочено; replacement mark — отметка о замене; refused link — отклонённая ссылка.

## Шкала статусов: подписи (в файле остаются неизменные идентификаторы).
status-not-assessed = Не оценено
status-no-action = Без действий
status-in-progress = В работе
status-stalled = Застопорилось
status-partially-fulfilled = Выполнено частично
status-fulfilled = Выполнено
status-not-fulfilled = Не выполнено

## Что означает каждый статус.
status-def-not-assessed = Ещё никто не проверял. Не учитывается в доле выполненных.
status-def-no-action = Проверено: ничего, кроме заявления.
status-def-in-progress = Есть конкретный шаг: законопроект, указ, рабочая группа, строка в бюджете.
status-def-stalled = Нет задокументированных шагов полгода и дольше, или работа заблокирована.
status-def-partially-fulfilled = Реальный результат, но существенно меньше обещанного, или закреплено в законе, но не на практике.
status-def-fulfilled = Действует и работает так, как было обещано.
status-def-not-fulfilled = От обязательства отказались, его отменили, или срок истёк без результата.

## Виды обязательств и достоверность подтверждений.
kind-reform = Реформа
kind-partnership-offer = Предложение о партнёрстве
kind-reforms = Реформы
kind-partnership-offers = Предложения о партнёрстве
kind-recommendation = Рекомендация
kind-recommendations = Рекомендации
mechanism-upr = УПО
mechanism-treaty-body = Договорный орган
mechanism-special-procedure = Специальная процедура
mechanism-odihr = ОБСЕ/БДИПЧ
mechanism-venice-commission = Венецианская комиссия
mechanism-other = Другое
position-supported = Поддержана
position-supported-in-part = Поддержана частично
position-noted = Принята к сведению
relation-answers = Отвечает на
relation-answers-in-part = Частично отвечает на
relation-goes-against = Идёт вразрез с
relation-answered-by = Ответ —
relation-answered-in-part-by = Частичный ответ —
relation-gone-against-by = Вразрез идёт
vocabulary-theme = Тема
vocabulary-affected-group = Затронутая группа
vocabulary-sdg-target = Задача ЦУР
vocabulary-lead-institution = Ответственный орган
confidence-seen = Проверено по источнику
confidence-secondary = Вторичный источник
confidence-unverified = Не проверено

## Фильтр «Действует / Заменено» и порядок сортировки.
standing-in-force = Действует
standing-replaced = Заменено
standing-def-in-force = Не заменено или заменено лишь частично
standing-def-replaced = Заменено полностью или частично
sort-outline = По группам
sort-status = Статус
sort-deadline = Срок
sort-last-change = Последнее изменение
sort-importance = Важность
sort-mechanism = По механизмам
sort-cycle = По циклам
sort-response = По ответам
sort-theme = По темам
group-none = Без значения
group-no-response = Ответа пока нет
show-both = Всё
show-commitments = Обязательства
show-recommendations = Рекомендации


## Итоговые показатели.
summary-fulfilled = Выполнено: { $count } из { $assessed } оценённых ({ $percent }%)
summary-fulfilled-none = Выполнено: пока ничего не оценено
summary-replaced = { $count ->
    [one] { $count } выполненное обязательство с тех пор заменено
    [few] { $count } выполненных обязательства с тех пор заменены
    [many] { $count } выполненных обязательств с тех пор заменены
   *[other] { $count } выполненного обязательства с тех пор заменены
}
summary-replaced-one-in-part = 1 выполненное обязательство с тех пор частично заменено
summary-replaced-some-in-part = { $count ->
    [one] { $count } выполненное обязательство с тех пор заменено
    [few] { $count } выполненных обязательства с тех пор заменены
    [many] { $count } выполненных обязательств с тех пор заменены
   *[other] { $count } выполненного обязательства с тех пор заменены
} (из них частично — { $part })
summary-in-force = Действующие: выполнено { $count } из { $assessed } оценённых ({ $percent }%)
summary-in-force-none = Действующие: ничего не оценено
dashboard-no-category = (без категории)
dashboard-no-actor = (без автора)
outline-uncategorized = Без категории

## Заменённые обязательства. $partial: yes или no; $precision: day, month или year.
replacement-word = { $partial ->
    [yes] Частично заменено
   *[no] Заменено
}
replacement-mark = { $partial ->
    [yes] Частично заменено
   *[no] Заменено
} { $precision ->
    [day] { $date }
    [year] в { $date }
   *[other] — { $date }
}
replacement-mark-by = { $partial ->
    [yes] Частично заменено
   *[no] Заменено
} { $precision ->
    [day] { $date }
    [year] в { $date }
   *[other] — { $date }
}; вместо него — { $ids }
replacement-caveat = Статус отражает достигнутое. { $mark }: { $partial ->
    [yes] незаменённая часть остаётся в силе
   *[no] обязательство больше не действует
}.
replacement-replaces = Заменяет { $ids }
replacement-replaces-in-part = Частично заменяет { $ids }
replacement-replaces-both = Заменяет { $ids }; частично — { $part }
replacement-error-gone = Этого обязательства больше нет в проекте.
replacement-error-before = Дата раньше, чем было принято обязательство { $id } ({ $date }).
replacement-error-self = { $id } не может заменить само себя.
replacement-error-unknown = В проекте нет обязательства { $id }. Укажите идентификаторы отслеживаемых обязательств или оставьте поле пустым и назовите в заметке, чем оно заменено.
replacement-error-mutual = { $id } само отмечено как заменённое обязательством { $other }: два обязательства не могут заменять друг друга.
replacement-error-evidence = Подтверждение №{ $evidence } не является ссылкой обязательства { $id } с веб-адресом, который можно открыть.
replacement-error-note = Напишите заметку: чем оно заменено, со ссылкой на подтверждения.

## Почему ссылка показана текстом и не открывается.
link-refused-empty = адрес не указан
link-refused-too-long = адрес слишком длинный для настоящей ссылки
link-refused-spaces = в адресе есть пробелы или управляющие символы
link-refused-no-scheme = это не веб-адрес (нет http:// или https://); возможно, это путь к файлу
link-refused-invalid = недопустимый веб-адрес ({ $error })
link-refused-no-host = в веб-адресе нет имени сервера
link-refused-user = адрес скрывает имя пользователя перед именем сервера (user@host) — распространённый приём фишинга
link-refused-mail = в ссылке на электронную почту нет адреса
link-refused-script = ссылки на скрипты никогда не открываются
link-refused-file = ссылки на локальные файлы никогда не открываются
link-refused-data = ссылки data: никогда не открываются
link-refused-windows = похоже на путь к файлу Windows, а не на веб-адрес
link-refused-scheme = ссылки «{ $scheme }:» не открываются; только http, https и mailto

## Дата, которую нельзя прочитать.
date-error = «{ $text }» — не дата: пишите ГГГГ-ММ-ДД, ГГГГ-ММ или ГГГГ
