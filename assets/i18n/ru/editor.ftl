# Чек-лист и редактор одного обязательства: поля, статус, история, подтверждения, заметки,
# замена.
# Глоссарий: см. model.ftl (обязательство, статус, подтверждение (ссылка), история, заметка,
# источник, заменено, действует); также: checklist — чек-лист, editor — редактор,
# field — поле, record (a change) — записать, mark (as replaced) — отметить.

## Чек-лист.
checklist-heading = Обязательства
checklist-heading-items = Записи
checklist-shown-of = { $shown } из { $total }
checklist-empty = Обязательств пока нет.
checklist-empty-hint = Добавьте первое через Правка → Добавить реформу или Правка → Добавить предложение о партнёрстве, или здесь:
checklist-add-reform = Добавить реформу
checklist-add-partnership-offer = Добавить предложение о партнёрстве
checklist-add-recommendation = Добавить рекомендацию
checklist-links = { $count ->
    [one] { $count } ссылка
    [few] { $count } ссылки
    [many] { $count } ссылок
   *[other] { $count } ссылки
}
checklist-flagged = Отмечено: повод для беспокойства или откат назад
legend-title = Цвета:
legend-overdue = красный: просрочено
legend-concern = фиолетовый: есть опасения

## Поля редактора.
editor-select-hint = Выберите обязательство в чек-листе, чтобы просмотреть и изменить его.
editor-hidden-by-filter = Нет в списке: поиск или фильтры скрывают это обязательство.
checklist-no-match = Ни одно обязательство не подходит под поиск и фильтры.
checklist-overdue-short = −{ $days } дн.
editor-copy-citation = Копировать для цитирования
editor-copy-citation-hover = Одна строка с названием, статусом, датой и источником — готова для вставки
editor-id = Идентификатор
editor-id-hover = Идентификатор не меняется, поэтому экспорт и ссылки остаются верными.
editor-kind = Вид
editor-title = Название
editor-title-hint = Краткое название
editor-quote = Цитата или краткое содержание
editor-actor = Кто обязался
editor-actor-hint = напр. Президент Токаев
editor-actor-recommendation = Кем дана
editor-actor-recommendation-hint = например, ОБСЕ/БДИПЧ, Универсальный периодический обзор ООН
editor-date-committed = Дата обязательства
editor-category = Категория
editor-category-hint = напр. Парламент
editor-responsible = Ответственный орган
editor-responsible-hint = Кто должен это выполнить
editor-deadline = Срок
editor-tags = Метки
editor-tags-hint = через запятую
editor-importance = Важность
editor-importance-minor = 1 небольшая
editor-importance-notable = 2 заметная
editor-importance-major = 3 крупная
editor-concern-flag = Отметить повод для беспокойства или откат назад
editor-part-of = Входит в
editor-not-in-project = { $id } (нет в этом проекте)
editor-none = — (нет)
editor-source = Источник

## Режим отчёта: выбранное обязательство только для чтения.
detail-view-select-hint = Выберите обязательство, чтобы показать его здесь.
detail-view-committed = принято { $date }
detail-view-deadline = срок { $date }
detail-view-source = Источник: { $title }, { $publisher }
detail-view-evidence = Подтверждения ({ $count })
detail-view-notes = Заметки

## Статус и история.
editor-status-chip = Статус: { $status }
editor-history-status = Статус
editor-history-change-status = Изменить статус…
editor-history-cancel = Отменить изменение статуса
editor-history-heading = История ({ $count })
editor-history-empty = Изменений статуса пока нет.
editor-history-to = →
editor-history-evidence = подтверждение №{ $id }
editor-history-evidence-refused = подтверждение №{ $id } (адрес отклонён)
editor-history-evidence-removed = подтверждение №{ $id } (удалено)
editor-history-evidence-list = Подтверждения: { $list }
editor-history-new-status = Новый статус
editor-history-date = Дата изменения
editor-history-date-hint = ГГГГ-ММ-ДД
editor-history-why = Почему (заметка)
editor-history-why-hint = Что произошло и где это задокументировано
editor-history-rests-on = Основание
editor-history-no-evidence = Подтверждений пока нет: сначала добавьте ссылку ниже.
editor-history-tip = Совет: изменение статуса весомее, когда за ним стоят датированные подтверждения.
editor-history-record = Записать изменение статуса
editor-history-pick-other = Выберите статус, отличный от текущего.

## Подтверждения.
editor-evidence-heading = Подтверждения ({ $count })
editor-evidence-edit = Изменить
editor-evidence-edit-name = Изменить подтверждение { $id }
editor-evidence-remove = Удалить
editor-evidence-remove-name = Удалить подтверждение { $id }
editor-evidence-add-open = Добавить ссылку-подтверждение…
editor-evidence-new = Новая ссылка-подтверждение
editor-evidence-add = Добавить подтверждение
editor-evidence-cancel = Отмена
editor-evidence-save = Сохранить подтверждение
editor-evidence-cannot-use = Этот адрес нельзя использовать: { $reason }. Оставьте поле пустым, чтобы записать подтверждение текстом.
editor-evidence-refused = Отклонено: { $reason }. Не открывается, не учитывается и не предлагается как основание.
editor-evidence-no-address = Веб-адрес не записан.
editor-evidence-link-title = Название ссылки
editor-evidence-link-title-hint = Что это за страница
editor-evidence-address = Веб-адрес
editor-evidence-address-hint = https://…
editor-evidence-publisher = Издатель
editor-evidence-publisher-hint = напр. astanatimes.com
editor-evidence-published = Опубликовано
editor-evidence-note = Заметка к подтверждению
editor-evidence-note-hint = Что оно показывает
editor-evidence-confidence = Достоверность

## Заметки.
editor-notes-heading = Заметки ({ $count })
editor-notes-delete = Удалить заметку
editor-notes-empty = Заметок пока нет.
editor-notes-new = Новая заметка
editor-notes-new-hint = Напишите заметку; она датируется сегодняшним днём, если ниже не указана другая дата
editor-notes-add = Добавить заметку
editor-notes-date = Дата
editor-notes-date-hint = сегодня
editor-notes-future = Заметку нельзя датировать позже сегодняшнего дня.

## Замена: раздел, форма, отметка.
replacement-heading = Замена
replacement-not-yet = На { $date } не заменено. Позже: { $mark }.
replacement-go-to = Перейти:
replacement-later = На { $date } ещё ничего не заменяет; позже заменяет { $ids }.
replacement-by-label = Чем заменено:
replacement-evidence = Подтверждение:
replacement-in-force = Действует: никакое более позднее обязательство его не заменяет, и оно ничего не заменяет.
replacement-change = Изменить замену…
replacement-mark-open = Отметить как заменённое…
replacement-mark-hover = Записать, что его заменила более поздняя реформа; статус остаётся
replacement-remove = Снять отметку о замене
replacement-cancel = Отменить замену
replacement-on = Дата замены
replacement-by = Чем заменено (идентификаторы)
replacement-by-hint = напр. K1, K2; пусто, если здесь не отслеживается
replacement-how-much = В какой мере
replacement-wholly = Полностью
replacement-in-part = Частично
replacement-note = Заметка о замене
replacement-note-hint = Чем заменено, со ссылкой на датированные подтверждения
replacement-stays = Статус и его история остаются как есть: замена — отдельный датированный факт.
replacement-record = Записать замену
replacement-none-named = Отслеживаемые обязательства не указаны.
replacement-not-in-project = { $id }: нет в этом проекте
replacement-stale = { $name } (нельзя открыть: снимите отметку)
replacement-no-evidence = Ссылок-подтверждений с веб-адресом пока нет: сначала добавьте ссылку ниже.
replacement-left-out = { $count ->
    [one] { $count } ссылка без веб-адреса, который можно открыть, не предлагается.
    [few] { $count } ссылки без веб-адреса, который можно открыть, не предлагаются.
    [many] { $count } ссылок без веб-адреса, который можно открыть, не предлагаются.
   *[other] { $count } ссылки без веб-адреса, который можно открыть, не предлагаются.
}

## Рекомендации в редакторе.
rec-details-heading = Рекомендация
rec-mechanism = Механизм
rec-paragraph = Пункт
rec-paragraph-hint = например, 123.45
rec-cycle = Цикл или сессия
rec-cycle-hint = например, УПО, 4-й цикл
rec-recommending = Кем рекомендовано
rec-recommending-hint = Государства или орган через запятую
rec-language = Язык текста
rec-language-hint = en, ru, kk…
rec-summary = Текст — краткое изложение, а не слова самой рекомендации
rec-response = Ответ государства
rec-response-none = Ответа пока нет
rec-response-date = Дата ответа
rec-response-note = Примечание к ответу
rec-response-note-hint = Где дан ответ
rec-answered-heading = Связанные обязательства ({ $count })
rec-nothing-answers = На эту рекомендацию пока ничто не отвечает.
rec-links-heading = Рекомендации ({ $count })
rec-links-empty = Не связано ни с одной рекомендацией.
rec-link-remove = Убрать
rec-link-remove-named = Убрать связь с { $id }
rec-link-relation = Как
rec-link-date = Дата связи
rec-link-note = Почему
rec-link-note-hint = Что это показывает, со ссылкой на доказательства
rec-link-needs-note = Укажите причину и доказательства: расхождение с рекомендацией — это вывод.
rec-link-add = Связать с
rec-link-choose = Выберите рекомендацию…
rec-term-add = Добавить…
rec-term-remove-named = Снять «{ $term }» с этой записи

## Диалог словарей.
vocab-title = Словари
vocab-intro = Термины для пометки записей. Записи хранят идентификатор термина, поэтому новое название сразу видно везде.
vocab-none = Терминов пока нет.
vocab-add = Добавить термин
vocab-close = Закрыть
vocab-used-by = { $count ->
        [one] используется в { $count } записи
        [few] используется в { $count } записях
        [many] используется в { $count } записях
       *[other] используется в { $count } записях
    }
vocab-edit = Изменить
vocab-edit-name = Изменить термин { $id }
vocab-remove = Удалить
vocab-remove-name = Удалить термин { $id }
vocab-remove-title = Удалить «{ $term }»?
vocab-remove-body = { $count ->
        [one] Им помечена запись { $ids }. При удалении термин будет снят с неё.
       *[other] Им помечены записи ({ $count }): { $ids }. При удалении термин будет снят со всех.
    }
vocab-remove-anyway = Удалить термин
vocab-keep = Оставить
vocab-edit-title = Изменить термин
vocab-new-title = Новый термин
vocab-id = Идентификатор
vocab-id-hint = например, theme-elections
vocab-vocabulary = Словарь
vocab-label-en = Название на английском
vocab-label-ru = Название на русском
vocab-label-kk = Название на казахском
vocab-id-missing = Укажите идентификатор термина.
vocab-id-taken = Идентификатор { $id } уже занят другим термином.
vocab-label-missing = Укажите название термина на английском.
vocab-save = Сохранить термин
vocab-cancel = Отмена
batch-heading = { $count ->
    [one] Выбран { $count } элемент
    [few] Выбрано { $count } элемента
   *[many] Выбрано { $count } элементов
}
batch-hint = Каждая кнопка ниже меняет сразу все выбранные элементы; одна отмена возвращает всё.
batch-terms-heading = Термины словарей
batch-term = Термин
batch-term-none = Выберите термин
batch-term-option = { $vocabulary }: { $term }
batch-term-add = Добавить всем
batch-term-remove = Убрать у всех
batch-no-terms = В проекте пока нет терминов словарей.
batch-status-heading = Статус
batch-status = Новый статус
batch-date = Дата
batch-note = Почему
batch-note-hint = Одна и та же заметка попадёт в историю каждого элемента
batch-evidence-url = Адрес подтверждения
batch-evidence-url-hint = Необязательно: добавится каждому элементу как основание изменения
batch-evidence-title = Название подтверждения
batch-status-apply = Записать всем
batch-concern-heading = Тревожный признак
batch-concern-flag = Отметить тревогу у всех
batch-concern-clear = Снять отметку тревоги у всех
batch-link-heading = Связь с рекомендацией
batch-recommendation = Рекомендация
batch-recommendation-none = Выберите рекомендацию
batch-relation = Связь
batch-link-apply = Связать все
batch-no-recommendations = В проекте пока нет рекомендаций.
batch-recommendations-skipped = { $count ->
    [one] { $count } рекомендация в выборе пропускается: связываются только обязательства.
    [few] { $count } рекомендации в выборе пропускаются: связываются только обязательства.
   *[many] { $count } рекомендаций в выборе пропускаются: связываются только обязательства.
}
batch-clear = Снять выделение
batch-term-added = { $count ->
    [one] «{ $term }» добавлен { $count } элементу
   *[other] «{ $term }» добавлен { $count } элементам
}
batch-term-removed = { $count ->
    [one] «{ $term }» убран у { $count } элемента
   *[other] «{ $term }» убран у { $count } элементов
}
batch-status-set = { $count ->
    [one] Статус «{ $status }» записан { $count } элементу.
   *[other] Статус «{ $status }» записан { $count } элементам.
}
batch-status-had-it = { $count ->
    [one] У { $count } он уже был.
   *[other] У { $count } он уже был.
}
batch-concern-set = { $count ->
    [one] Тревога отмечена у { $count } элемента
   *[other] Тревога отмечена у { $count } элементов
}
batch-concern-cleared = { $count ->
    [one] Отметка тревоги снята у { $count } элемента
   *[other] Отметка тревоги снята у { $count } элементов
}
batch-linked = { $count ->
    [one] { $count } обязательство связано с { $recommendation }.
    [few] { $count } обязательства связаны с { $recommendation }.
   *[many] { $count } обязательств связаны с { $recommendation }.
}
batch-skipped = { $count ->
    [one] Пропущена { $count } рекомендация.
    [few] Пропущены { $count } рекомендации.
   *[many] Пропущено { $count } рекомендаций.
}
editor-internal = Внутреннее: не публиковать на сайте
editor-evidence-internal = Внутренняя ссылка: не публиковать на сайте
editor-note-public = Публичная: опубликовать эту заметку на сайте
