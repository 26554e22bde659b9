# Работа командой в git: слияние двух версий трекера, решение конфликтов, сравнение версий.
# Глоссарий (одни и те же термины во всём файле):
#   конфликт (две правки, противоречащие друг другу), наша / их версия (две стороны слияния),
#   оставить, черновик (сохранённый файл с нерешёнными конфликтами), сравнить, изменение.

## Поля, как их называют конфликт или изменение.
merge-field-project-title = Название проекта
merge-field-project-description = Описание проекта
merge-field-project-as-of = Оценки по состоянию на
merge-field-source = Документ-источник { $id }
merge-field-commitment = Обязательство целиком
merge-field-kind = Вид
merge-field-actor = Кто обязался
merge-field-parent = Часть обязательства
merge-field-title = Название
merge-field-quote = Цитата
merge-field-source-id = Источник
merge-field-date-committed = Дата обязательства
merge-field-category = Категория
merge-field-responsible = Ответственный
merge-field-deadline = Срок
merge-field-status = Статус
merge-field-replaced = Замена
merge-field-tags = Метки
merge-field-importance = Важность
merge-field-concern = Отметка тревоги
merge-field-internal = Не публикуется на сайте
merge-field-evidence = Ссылка-подтверждение №{ $id }
merge-field-status-change = Смена статуса
merge-field-note = Заметка

## Значения словами.
merge-value-empty = (пусто)
merge-value-yes = да
merge-value-no = нет
merge-value-not-replaced = не заменено
merge-value-replacement = заменено { $date }: { $by }. { $note }
merge-value-commitment = «{ $title }», { $status }
merge-value-source = «{ $title }» { $url }
merge-value-evidence = «{ $title }» { $url }
merge-value-change = { $date }: { $from } → { $to }. { $note }
merge-value-note = { $date }: { $text }
merge-field-recommendation = Сведения о рекомендации
merge-field-link = Связь с { $id }
merge-field-term = Термин { $id }
merge-value-recommendation = { $mechanism } { $paragraph }: { $response }
merge-value-link = { $relation } { $id }: { $note }

## Изменения между двумя версиями предложениями (reform-tracker diff, Файл → Сравнить с…).
merge-diff-none = Изменений нет.
merge-diff-project = Проект «{ $title }»
merge-diff-commitment = { $id } «{ $title }»
merge-diff-link = ссылка №{ $id } «{ $title }» { $url }
merge-diff-added = Добавлено.
merge-diff-removed = Удалено.
merge-diff-status = Статус изменён с «{ $from }» на «{ $to }» { $date }.
merge-diff-because = { " " }Примечание: { $note }
merge-diff-citing = { " " }Подтверждение: { $links }.
merge-diff-evidence-added = Добавлена ссылка-подтверждение: { $link }.
merge-diff-evidence-removed = Удалена ссылка-подтверждение: { $link }.
merge-diff-evidence-edited = Изменена ссылка-подтверждение: { $link }.
merge-diff-note-added = Добавлена заметка ({ $date }): { $text }
merge-diff-note-removed = Удалена заметка ({ $date }): { $text }
merge-diff-edited = { $field }: было «{ $old }», стало «{ $new }».
merge-diff-source-added = Добавлен документ-источник { $id }: «{ $title }».
merge-diff-source-removed = Удалён документ-источник { $id }: «{ $title }».
merge-diff-source-edited = Изменён документ-источник { $id }: «{ $title }».
merge-diff-rec-link-added = Добавлена связь с рекомендацией { $id } ({ $relation }).
merge-diff-rec-link-removed = Удалена связь с рекомендацией { $id } ({ $relation }).
merge-diff-rec-link-edited = Изменена связь с рекомендацией { $id }: { $details }.
merge-diff-term-added = Добавлен термин: { $term }.
merge-diff-term-removed = Удалён термин: { $term }.
merge-diff-recommendation-added = Добавлены сведения о рекомендации: { $details }.
merge-diff-recommendation-removed = Удалены сведения о рекомендации.
merge-diff-recommendation-edited = Изменены сведения о рекомендации: { $details }.
merge-diff-vocabulary-added = В словари добавлен термин { $id }: { $term }.
merge-diff-vocabulary-removed = Из словарей удалён термин { $id }: { $term }.
merge-diff-vocabulary-edited = Изменён термин словаря { $id }: { $term }.
merge-diff-detail = { $detail }: было «{ $old }», стало «{ $new }»
merge-detail-relation = связь
merge-detail-date = дата
merge-detail-note = примечание
merge-detail-evidence = подтверждения
merge-detail-mechanism = механизм
merge-detail-paragraph = пункт
merge-detail-cycle = цикл
merge-detail-recommending = кто рекомендовал
merge-detail-language = язык
merge-detail-summary = текст — краткое изложение
merge-detail-response = ответ
merge-show-source = Документ-источник { $id }: «{ $title }» { $url }
merge-show-note = { "  " }Заметка ({ $date }): { $text }
merge-show-term = Термин словаря { $id }: { $term }
merge-show-terms = { "  " }Термины: { $terms }
merge-show-link = { "  " }Связь с рекомендацией { $id }: { $relation }. { $note }
merge-show-conflict = Нерешённый конфликт в { $id } { $field }: наша версия «{ $ours }», их версия «{ $theirs }»

## Команда merge и git-setup.
merge-cli-clean = Слияние без конфликтов записано в { $file }.
merge-cli-conflicts = { $count ->
    [one] { $file }: { $count } конфликт записан в файл. Откройте его в Reform Tracker и решите его.
    [few] { $file }: { $count } конфликта записаны в файл. Откройте его в Reform Tracker и решите их.
    [many] { $file }: { $count } конфликтов записаны в файл. Откройте его в Reform Tracker и решите их.
   *[other] { $file }: { $count } конфликта записаны в файл. Откройте его в Reform Tracker и решите их.
}
merge-cli-refused = Слияние не выполнено, ничего не записано: { $reason }
merge-side-ours = наша версия
merge-side-theirs = их версия
merge-side-base = общий предок
merge-setup-not-repo = { $path } не находится в репозитории git. Запустите git-setup внутри репозитория или укажите его: reform-tracker git-setup ПУТЬ
merge-setup-no-exe = Не удалось определить, где установлена программа: { $error }
merge-setup-failed = Настроить git не удалось: { $error }
merge-setup-attributes-added = В { $file } добавлена строка «{ $line }».
merge-setup-attributes-present = В { $file } уже есть строка «{ $line }».
merge-setup-driver-name = Слияние проектов Reform Tracker
merge-setup-configured = Задано { $key } = { $value }
merge-setup-done = Готово. Закоммитьте .gitattributes, чтобы файл получили и коллеги; каждый из них один раз запускает git-setup.

## Решение конфликтов в окне.
merge-banner = { $count ->
    [one] После слияния в трекере остался { $count } конфликт: решите его до сохранения.
    [few] После слияния в трекере осталось { $count } конфликта: решите их до сохранения.
    [many] После слияния в трекере осталось { $count } конфликтов: решите их до сохранения.
   *[other] После слияния в трекере осталось { $count } конфликта: решите их до сохранения.
}
merge-banner-show = Решить конфликты…
merge-window-title = Конфликты слияния
merge-conflict-where = { $id }: { $field }
merge-conflict-where-project = { $field }
merge-ours-heading = Наша версия: { $from }
merge-theirs-heading = Их версия: { $from }
merge-keep-ours = Оставить нашу
merge-keep-theirs = Оставить их
merge-edit = Изменить…
merge-edit-label = Текст после слияния
merge-use-edited = Принять этот текст
merge-save-draft = Сохранить как черновик
merge-save-draft-hint = Сохраняет файл вместе с нерешёнными конфликтами, чтобы решить их позже.
merge-none-left = Все конфликты решены. Сохраните, чтобы записать объединённый трекер.
merge-close = Закрыть
merge-save-refused-title = Конфликты ещё не решены
merge-save-refused-body = { $count ->
    [one] { $count } конфликт слияния ещё не решён. Решите его в «Решить конфликты…» или выберите там «Сохранить как черновик», чтобы оставить его в файле на потом.
    [few] { $count } конфликта слияния ещё не решены. Решите их в «Решить конфликты…» или выберите там «Сохранить как черновик», чтобы оставить их в файле на потом.
    [many] { $count } конфликтов слияния ещё не решены. Решите их в «Решить конфликты…» или выберите там «Сохранить как черновик», чтобы оставить их в файле на потом.
   *[other] { $count } конфликта слияния ещё не решены. Решите их в «Решить конфликты…» или выберите там «Сохранить как черновик», чтобы оставить их в файле на потом.
}

## Сравнение с другой версией.
merge-action-compare = Сравнить с…
merge-action-compare-hint = Показывает, что изменилось между другой версией этого трекера и открытой
merge-dialog-compare = Сравнить с
merge-compare-title = Изменения от { $name } к этому трекеру
merge-compare-failed-title = Не удалось сравнить с { $name }
merge-compare-reading = Чтение { $path } для сравнения…

## Запись в истории, которую добавляет решение о двух сменах статуса в один день; её автор — слияние.
merge-decision-kept-ours = Решение при слиянии: оставлена наша версия ({ $from }): { $status }.
merge-decision-kept-theirs = Решение при слиянии: оставлена их версия ({ $from }): { $status }.
merge-decision-other = Решение при слиянии: { $status } вместо нашей версии ({ $ours }) и их версии ({ $theirs }).

## Нерешённые конфликты в командной строке (validate, export, screenshot).
merge-undecided-line = { $place }: наша версия «{ $ours }», их версия «{ $theirs }»
merge-undecided-refused = { $count ->
    [one] В { $file } есть { $count } нерешённый конфликт слияния ({ $places }): значение не установлено, и отчёт выдал бы одну из версий за факт. Решите его в окне («Решить конфликты…») или добавьте --allow-conflicts, чтобы продолжить с пометкой нерешённых значений.
    [few] В { $file } есть { $count } нерешённых конфликта слияния ({ $places }): значения не установлены, и отчёт выдал бы одну из версий за факт. Решите их в окне («Решить конфликты…») или добавьте --allow-conflicts, чтобы продолжить с пометкой нерешённых значений.
    [many] В { $file } есть { $count } нерешённых конфликтов слияния ({ $places }): значения не установлены, и отчёт выдал бы одну из версий за факт. Решите их в окне («Решить конфликты…») или добавьте --allow-conflicts, чтобы продолжить с пометкой нерешённых значений.
   *[other] В { $file } есть { $count } нерешённых конфликта слияния ({ $places }): значения не установлены, и отчёт выдал бы одну из версий за факт. Решите их в окне («Решить конфликты…») или добавьте --allow-conflicts, чтобы продолжить с пометкой нерешённых значений.
}
