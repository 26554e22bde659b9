# Окно: меню, панель инструментов, вопросы, диалоги, строка состояния, поиск и фильтры,
# сообщения программы и ошибки файлов, которые доходят до пользователя через них.
# Глоссарий (термины одинаковы во всех файлах):
#   project — проект; tracker — трекер; commitment — обязательство;
#   source document — источник; evidence link — подтверждение (ссылка); status — статус;
#   as of — по состоянию на (дату); report mode — режим отчёта; screenshot — снимок экрана;
#   read-only — только для чтения; unsaved changes — несохранённые изменения;
#   recovery copy — копия для восстановления; Save As — Сохранить как; export — экспорт;
#   checklist — чек-лист; dashboard — сводка; citation — цитата; folder — папка.

## Меню

menu-file = Файл
menu-edit = Правка
menu-view = Вид
menu-export = Экспорт
menu-open-recent = Недавние файлы
menu-language = Язык
menu-no-recent-files = Нет недавних файлов

## Пункты меню и подсказки к ним

action-new = Создать
action-open = Открыть…
action-save = Сохранить
action-save-as = Сохранить как…
action-project-properties = Свойства проекта…
action-sources = Источники…
action-vocabularies = Словари…
action-quit = Выход
action-undo = Отменить
action-redo = Повторить
action-add-reform = Добавить реформу
action-add-partnership-offer = Добавить предложение о партнёрстве
action-add-recommendation = Добавить рекомендацию
action-copy-citation = Копировать цитату
action-delete-commitment = Удалить обязательство…
action-find = Найти
action-checklist = Чек-лист
action-dashboard = Сводка
action-report-mode = Режим отчёта
action-save-screenshot = Сохранить снимок экрана…
action-copy-screenshot = Копировать снимок экрана
action-dark-theme = Тёмная тема
action-zoom-in = Увеличить
action-zoom-out = Уменьшить
action-zoom-reset = Исходный размер
action-report-mode-hint = Скрыть элементы редактирования для чистого снимка экрана
action-save-screenshot-hint = Сохранить окно в PNG с удвоенной плотностью пикселей
action-copy-screenshot-hint = Поместить изображение окна в буфер обмена
action-project-properties-hint = Название, описание и дата, на которую актуальны оценки
action-sources-hint = Речи, законы и заявления, из которых взяты обязательства
action-vocabularies-hint = Темы, затронутые группы, задачи ЦУР и ответственные органы для пометки записей
action-command-palette = Палитра команд…
action-command-palette-hint = Любое действие: наберите несколько букв его названия
action-next-commitment = Следующее обязательство
action-previous-commitment = Предыдущее обязательство
action-page-down = На страницу вниз по чек-листу
action-page-up = На страницу вверх по чек-листу
action-first-commitment = Первое обязательство
action-last-commitment = Последнее обязательство
action-edit-title = Изменить название
action-clear-selection = Снять выделение
action-select-all-shown = Выбрать все показанные

## Палитра команд

palette-title = Найти действие
palette-hint = Несколько букв названия, на любом языке
palette-keys = ↑ ↓ выбор · Enter выполняет · Esc закрывает
palette-nothing-found = Нет действий с такими буквами в названии
palette-needs-selection = Сначала выберите обязательство
palette-nothing-selected = Ничего не выбрано
palette-nothing-shown = Не показано ни одной строки
palette-nothing-to-undo = Нечего отменять
palette-nothing-to-redo = Нечего повторять
palette-not-available = Сейчас недоступно

## Панель инструментов

toolbar-as-of = На дату
toolbar-as-of-hint = сегодня
toolbar-as-of-tooltip = Показать весь трекер по состоянию на эту дату (ГГГГ-ММ-ДД)
toolbar-back-to-today = Сегодня
toolbar-back-to-today-hint = Вернуться к сегодняшнему дню: трекер в его нынешнем виде
toolbar-showing-as-of = Трекер показан по состоянию на { $date }: статусы, показатели и экспорт следуют этой дате.
toolbar-report-mode-hint = Режим отчёта: нажмите Esc (или F11), чтобы снова показать элементы управления

## Окно

window-as-of = Трекер по состоянию на { $date }
window-date-hint = ГГГГ-ММ-ДД, ГГГГ-ММ или ГГГГ
window-untitled = Без названия
window-title = { $name } — Reform Tracker
window-opening = Открытие { $path }…
window-saving = Сохранение { $path }…
window-new-commitment = Новое обязательство
window-new-recommendation = Новая рекомендация
window-time-at = { $date } в { $time }

## Вопросы перед тем, как что-то может потеряться

prompt-unsaved-before-new = Сохранить изменения в { $name } перед созданием нового проекта?
prompt-unsaved-before-open = Сохранить изменения в { $name } перед открытием другого проекта?
prompt-unsaved-before-close = Сохранить изменения в { $name } перед закрытием?
prompt-unsaved-body = Если не сохранить изменения, они будут потеряны.
prompt-unsaved-notes = Набранные, но ещё не добавленные заметки: «Сохранить» сначала добавит их к их обязательствам.
prompt-save = Сохранить
prompt-dont-save = Не сохранять
prompt-cancel = Отмена
prompt-changed-on-disk-title = Файл { $name } изменён другой программой
prompt-changed-on-disk-body = Файл на диске уже не тот, который вы открыли или сохранили последним. Перезапишите его своей версией, загрузите его заново (несохранённые изменения будут потеряны) или сохраните свою версию под другим именем.
watch-what-changed = Что изменила другая программа:
watch-more = { $count ->
    [one] и ещё { $count } изменение
    [few] и ещё { $count } изменения
   *[many] и ещё { $count } изменений
}
watch-merge = Объединить их изменения
watch-merge-hint = Сохранить вашу несохранённую работу и добавить к ней изменения другой программы, как git объединяет ветки; где обе стороны изменили одно и то же, вы решите в списке конфликтов.
watch-side-ours = ваша несохранённая работа в этом окне
watch-side-theirs = { $name } в том виде, в каком его оставила другая программа
watch-reloaded = { $name } изменён другой программой и загружен заново (несохранённых изменений не было).
watch-merged = { $count ->
    [0] Их изменения объединены с вашей работой без конфликтов. Сохраните, чтобы не потерять.
    [one] Их изменения объединены с вашей работой; остался { $count } конфликт.
    [few] Их изменения объединены с вашей работой; осталось { $count } конфликта.
   *[many] Их изменения объединены с вашей работой; осталось { $count } конфликтов.
}
prompt-overwrite = Перезаписать
prompt-reload = Загрузить с диска заново
prompt-save-elsewhere = Сохранить в другом месте…
prompt-comments-title = В файле { $name } есть комментарии
prompt-comments-body = Кто-то добавил в этот файл комментарии (// … или /* … */). При сохранении Reform Tracker записывает проект заново, поэтому сохранение поверх файла удалит все комментарии. Сохраните работу в новый файл, чтобы оставить этот без изменений, или сохраните всё равно.
prompt-save-as-new-file = Сохранить как новый файл…
prompt-save-anyway = Всё равно сохранить, удалив комментарии
prompt-recovery-title = Восстановить несохранённую работу?
prompt-recovery-body = Reform Tracker закрылся до того, как эта работа была сохранена:
prompt-recovery-draft = Заметка, которая набиралась к { $id }: «{ $note }»
prompt-recovery-copy = «{ $title }» — { $count ->
        [one] { $count } обязательство
        [few] { $count } обязательства
        [many] { $count } обязательств
       *[other] { $count } обязательства
    }, из файла { $from }, копия сделана { $when }.
prompt-recovery-copy-untitled = «{ $title }» — { $count ->
        [one] { $count } обязательство
        [few] { $count } обязательства
        [many] { $count } обязательств
       *[other] { $count } обязательства
    }, из проекта без названия, копия сделана { $when }.
prompt-recovery-recommendations = В ней также рекомендаций: { $count }.
prompt-recovery-more = { $count ->
        [one] Следом будет предложена ещё { $count } копия.
        [few] Следом будут предложены ещё { $count } копии.
        [many] Следом будут предложены ещё { $count } копий.
       *[other] Следом будут предложены ещё { $count } копии.
    }
prompt-restore = Восстановить
prompt-discard = Отбросить
prompt-read-only-banner = Открыто только для чтения: { $reason }. Чтобы сохранить копию под новым именем, выберите Файл > Сохранить как…
prompt-delete-title = Удалить это обязательство?
prompt-delete-body = Вместе с ним удалятся его история, подтверждения и заметки. Правка > Отменить вернёт его.
prompt-delete = Удалить

## Сообщения и ввод пути к файлу

dialog-ok = ОК
dialog-file-path = Путь к файлу
dialog-save = Сохранить
dialog-open = Открыть

## Свойства проекта

project-properties-title = Свойства проекта
project-title = Название проекта
project-title-hint = например, Казахстан: реформы марта 2022 года
project-description = Описание
project-description-hint = Что отслеживает трекер и как он оценивает
project-as-of = Оценки актуальны на
project-needs-title = У проекта должно быть название.
project-title-tooltip = Нажмите, чтобы изменить название, описание и дату (Файл → Свойства проекта…)

## Источники

sources-title = Источники
sources-intro = Документы, из которых взяты обязательства. Обязательство указывает свой источник по идентификатору.
sources-add = Добавить источник…
sources-close = Закрыть
sources-none = Источников пока нет. Добавьте речь или закон, из которых взяты обязательства.
sources-edit = Изменить
sources-edit-name = Изменить источник { $id }
sources-remove = Удалить
sources-remove-name = Удалить источник { $id }
sources-link-refused = Ссылка не открыта: { $reason }
sources-cited-by-none = Не упоминается ни в одном обязательстве
sources-cited-by-one = Упоминается в { $id }
sources-cited-by = { $count ->
        [one] Упоминается в { $count } обязательстве: { $ids }
       *[other] Упоминается в { $count } обязательствах: { $ids }
    }
sources-remove-title = Удалить «{ $title }»?
sources-remove-body = { $count ->
        [one] На него ссылается { $count } обязательство
       *[other] На него ссылаются обязательства
    }: { $ids }. Они сохранят идентификатор «{ $id }», но он больше не будет указывать на документ.
sources-remove-anyway = Всё равно удалить
sources-keep = Оставить
sources-edit-title = Изменение источника
sources-new-title = Новый источник
sources-id = Идентификатор источника
sources-id-hint = короткий ключ, например address-2022-03-16
sources-id-fixed = На источник ссылаются обязательства, поэтому идентификатор не меняется
sources-field-title = Название источника
sources-field-title-hint = например, Послание Главы государства народу Казахстана
sources-field-publisher = Издатель
sources-field-publisher-hint = например, Акорда
sources-field-date = Дата источника
sources-field-url = Адрес (URL)
sources-field-url-hint = https://… (оставьте пустым, если неизвестен)
sources-field-note = Заметка об источнике
sources-field-note-hint = например, официальный текст на английском
sources-save = Сохранить источник
sources-problem-no-id = Задайте источнику короткий идентификатор.
sources-problem-duplicate-id = Источник с идентификатором «{ $id }» уже есть.
sources-problem-no-title = Задайте источнику название.
sources-problem-date = Дата: { $error }
sources-problem-url = Этот адрес нельзя использовать: { $reason }.

## Строка состояния и сводная строка

statusbar-untitled = Без названия — ещё не сохранено в файл
statusbar-read-only = Только для чтения: { $reason }
statusbar-unsaved = Есть несохранённые изменения
statusbar-saved = Все изменения сохранены
summary-not-assessed-left-out = (без учёта «Не оценено»)
summary-evidence-links = { $count ->
        [one] { $count } подтверждение
        [few] { $count } подтверждения
        [many] { $count } подтверждений
       *[other] { $count } подтверждения
    }

## Поиск и фильтры

search-label = Поиск
search-hint = названия, цитаты, заметки, подтверждения (Ctrl+F)
search-clear = Сбросить
search-status = Статус
search-any = Все
search-statuses = { $count ->
        [one] { $count } статус
        [few] { $count } статуса
        [many] { $count } статусов
       *[other] { $count } статуса
    }
search-kind = Тип
search-show = Показать
search-term = С термином
search-actor = Исполнитель
search-category = Категория
search-tag = Тег
search-concern = Есть опасения
search-overdue = Просрочено
search-no-evidence = Пока без подтверждений
search-standing = Актуальность
search-standing-tooltip = Действует или заменено более поздним обязательством на показанную дату; частично заменённое относится к обоим
search-sort = Сортировка
overdue-by = { $count ->
        [one] Просрочено на { $count } день
        [few] Просрочено на { $count } дня
        [many] Просрочено на { $count } дней
       *[other] Просрочено на { $count } дня
    }
overdue-tooltip = Срок прошёл, а обязательство не выполнено — на показанную дату

## Окна выбора файла

file-dialog-open = Открыть проект
file-dialog-save-as = Сохранить проект как
file-dialog-export-csv = Экспорт в CSV
file-dialog-export-markdown = Экспорт в Markdown
file-dialog-export-html = Экспорт в HTML
file-dialog-screenshot = Сохранить снимок экрана
file-dialog-filter-project = Проект Reform Tracker
file-dialog-filter-csv = Таблица CSV
file-dialog-filter-markdown = Markdown
file-dialog-filter-html = Веб-страница
file-dialog-filter-png = Изображение PNG
file-dialog-filter-all = Все файлы

## Сообщения

msg-open-failed-title = Не удалось открыть { $name }
msg-open-failed-body = Ничего не изменилось: файл остался прежним, а открытый у вас проект по-прежнему открыт.
msg-kept-file-title = Файл { $name } не перезаписан
msg-kept-file-body = Файл { $name } оставлен без изменений: { $reason }.

    Выберите другое имя, например «{ $copy }». Ваши изменения на месте, но не сохранены.
msg-kept-read-only = он открыт только для чтения ({ $reason })
msg-kept-changed-on-disk = его изменила другая программа, и её версия сохранена
msg-kept-comments = в нём есть комментарии, которые сохранение удалит. Чтобы всё же заменить его, выберите Файл > Сохранить и «Всё равно сохранить»
msg-still-saving-title = Сохранение ещё идёт
msg-still-saving-body = Предыдущее сохранение ещё не завершено; попробуйте чуть позже.
msg-save-failed-title = Проект не сохранён
msg-save-failed-body = Ваши изменения на месте, но не сохранены.
msg-no-dialog-started = Не удалось открыть окно выбора файла.
msg-no-dialog-available = В этой системе нельзя показать окно выбора файла (не найдены ни портал рабочего стола, ни zenity).
msg-type-path-instead = { $reason } Введите путь к файлу вручную.
msg-recovery-failed-title = Не удалось прочитать восстановленную работу
msg-recovery-failed-body = Копия для восстановления сохранена здесь: { $path }.
msg-export-saved-title = Экспорт сохранён
msg-export-saved-body = Файл { $format } записан: { $path }.
msg-export-failed-title = Экспорт не сохранён
msg-screenshot-copied-title = Снимок экрана скопирован
msg-screenshot-copied-body = Вставьте его в свой отчёт.
msg-screenshot-saved-title = Снимок экрана сохранён
msg-screenshot-saved-body = Сохранено: { $path }.
msg-screenshot-failed-title = Снимок экрана не сохранён
msg-citation-copied = Цитата скопирована
msg-link-refused-title = Эта ссылка не открыта
msg-png-encode-failed = не удалось закодировать PNG: { $error }

## Ошибки файлов (чтение и сохранение проекта), показываемые в сообщениях выше

storage-at-line = , строка { $line }
storage-at-column = , столбец { $column }
storage-at-field = , в поле { $path }
storage-could-not-save = Не удалось сохранить { $file }: { $happened }. { $todo }
storage-disk-full = диск заполнен
storage-quota = ваша дисковая квота исчерпана
storage-read-only-disk = диск, на котором находится { $folder }, доступен только для чтения
storage-no-permission = папка доступна только для чтения (нет прав на запись в { $folder })
storage-name-is-folder = это имя папки, а не файла
storage-path-part-is-file = часть пути { $folder } — файл, а не папка
storage-no-folder = папка { $folder } не существует
storage-write-refused = система отказала в записи ({ $error })
storage-todo-try-again = Попробуйте ещё раз или сохраните в другом месте через Файл → Сохранить как…
storage-todo-free-space = Освободите место и сохраните снова или сохраните на другой диск через Файл → Сохранить как…
storage-todo-choose-name = Выберите имя файла через Файл → Сохранить как…
storage-todo-save-elsewhere = Сохраните в другом месте через Файл → Сохранить как…
storage-current-folder = «.» (текущая папка)
storage-ron-eof = файл обрывается раньше времени; возможно, он был обрезан
storage-ron-too-deep = данные вложены слишком глубоко для файла проекта
storage-ron-not-utf8 = файл не является текстом в UTF-8
storage-ron-trailing = после конца проекта есть лишний текст
storage-ron-unknown-variant = неизвестное значение { $what } "{ $found }"; ожидалось одно из: { $expected }
storage-ron-missing-field = отсутствует поле "{ $field }"
storage-ron-duplicate-field = поле "{ $field }" встречается больше одного раза
storage-ron-invalid-value = ожидалось { $expected }, а найдено { $found }
storage-ron-expected-named-struct = ожидалась `(` в начале записи { $name }
storage-ron-different-name = здесь ожидалась запись { $name }, а в файле она названа «{ $found }»
storage-ron-a-record = запись { $name } в скобках
storage-ron-a-choice = одно из названий { $name }
storage-ron-expected-struct = ожидалась `(` в начале записи
storage-ron-expected-struct-end = ожидалась `)` в конце записи
storage-ron-expected-list = ожидалась `[` в начале списка
storage-ron-expected-list-end = ожидалась `]` в конце списка
storage-ron-expected-integer = ожидалось целое число
storage-ron-integer-bounds = число здесь слишком велико или слишком мало
storage-ron-expected-string = ожидался текст в двойных кавычках
storage-ron-expected-string-end = у текста нет закрывающей кавычки
storage-ron-expected-boolean = ожидалось true или false
storage-ron-expected-option = ожидалось Some(…) или None
storage-ron-expected-comma = ожидалась запятая
storage-ron-expected-colon = ожидалось двоеточие
storage-ron-unexpected-char = неожиданный символ { $char }
storage-file-empty = файл пуст
storage-conflict-markers = в файле есть метки конфликта git (<<<<<<<): git объединил его как обычный текст, потому что в этом клоне не настроен драйвер слияния Reform Tracker. Запустите «reform-tracker git-setup» в репозитории, затем «git checkout -m { $file }», чтобы заново объединить этот файл драйвером (конфликты тогда будут записаны в файл и решаются в окне).
storage-is-folder = это папка, а не файл проекта
storage-too-large = файл больше { $mib } МиБ — слишком велик для файла проекта
storage-not-found = файл не существует (возможно, его переместили или удалили)
storage-no-read-permission = у вас нет прав на чтение этого файла
storage-read-failed = не удалось прочитать файл ({ $error })
storage-not-utf8 = файл не является текстом в UTF-8 (возможно, это двоичный файл или текст в другой кодировке)
storage-cut-off = файл обрывается раньше времени; возможно, он был обрезан ({ $message })
storage-read-back-differs = сохранённый текст не читается обратно как тот же проект (ошибка в Reform Tracker)
storage-todo-report-fault = Ваш файл не изменён. Не закрывайте Reform Tracker и сообщите об этой проблеме
storage-file-read-only = файл помечен как доступный только для чтения
storage-todo-writable = Сохраните его под другим именем через Файл → Сохранить как… или разрешите запись в файл
storage-special-file = это имя устройства или другого особого файла, а не файла проекта
storage-link-loop = это имя — ссылка, которая по кругу указывает сама на себя
storage-backup-failed = не удалось прочитать предыдущую версию, чтобы сохранить её как резервную копию ({ $error })
storage-recovery-copy-failed = не удалось создать копию для восстановления ({ $error })
storage-todo-save = Сохраните работу через Файл → Сохранить
storage-to-text-failed = не удалось преобразовать проект в текст ({ $error })
storage-todo-report = Ваш файл не изменён. Пожалуйста, сообщите об этой проблеме
storage-newer-format = создан более новой версией Reform Tracker (формат файла { $version }; эта версия читает формат { $current } и более ранние). Откройте его в более новой версии Reform Tracker
storage-unknown-format = формат файла { $version } никогда не создавался Reform Tracker
storage-newer-version = создан более новой версией ({ $version }) Reform Tracker
storage-unknown-fields = поля, неизвестные этой версии: { $fields }
storage-unknown-fields-more = поля, неизвестные этой версии: { $fields } и ещё { $count }

## Проверка и форматирование файла проекта из командной строки

storage-cli-summary = { $path }: { $count ->
        [one] { $count } обязательство
        [few] { $count } обязательства
        [many] { $count } обязательств
       *[other] { $count } обязательства
    } ({ $kinds }); { $statuses }; { $links ->
        [one] { $links } подтверждение
        [few] { $links } подтверждения
        [many] { $links } подтверждений
       *[other] { $links } подтверждения
    }
storage-cli-reforms = { $count ->
        [one] { $count } реформа
        [few] { $count } реформы
        [many] { $count } реформ
       *[other] { $count } реформы
    }
storage-cli-recommendations = ; а также рекомендации: { $count } ({ $statuses })
storage-cli-partnership-offers = { $count ->
        [one] { $count } предложение о партнёрстве
        [few] { $count } предложения о партнёрстве
        [many] { $count } предложений о партнёрстве
       *[other] { $count } предложения о партнёрстве
    }
storage-cli-no-statuses = статусов нет
storage-cli-read-only = ; откроется только для чтения: { $reason }
storage-cli-conflicts = { $count ->
    [one] ; { $count } конфликт слияния не решён (решите его в окне):
    [few] ; { $count } конфликта слияния не решены (решите их в окне):
    [many] ; { $count } конфликтов слияния не решены (решите их в окне):
   *[other] ; { $count } конфликта слияния не решены (решите их в окне):
}
storage-cli-would-lose-data = { $origin }: не перезаписан, иначе потерялись бы данные: { $reason }
storage-cli-would-lose-comments = { $origin }: не перезаписан, иначе потерялись бы комментарии (// или /* */); чтобы отформатировать файл, сначала удалите их

summary-filtered-recommendations = Включён фильтр: показатели — по { $shown } из { $total ->
    [one] { $total } рекомендации
   *[other] { $total } рекомендаций
}
summary-filtered = Включён фильтр: показатели — по { $shown } из { $total ->
    [one] { $total } обязательства
   *[other] { $total } обязательств
}

## A file git left conflict markers in.
markers-resolve = Разрешить в окне
markers-side-ours = ваша ветка (HEAD)
markers-side-theirs = вливаемая ветка
markers-unreadable-title = Не удалось прочитать обе версии в { $name }
markers-unreadable-body = Git оставил в файле обе версии, но одна из них не является целым проектом. Выполните reform-tracker git-setup, затем git checkout -m для этого файла, чтобы слить его заново.
markers-resolved = { $count ->
    [0] Обе версии слиты без конфликтов. Сохраните, чтобы записать файл без маркеров.
    [one] Обе версии слиты; остался { $count } конфликт. При сохранении файл запишется без маркеров.
    [few] Обе версии слиты; осталось { $count } конфликта. При сохранении файл запишется без маркеров.
   *[many] Обе версии слиты; осталось { $count } конфликтов. При сохранении файл запишется без маркеров.
}
