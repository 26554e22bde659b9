# Таблицы: импорт трекера из CSV, Excel или LibreOffice и экспорт в Excel.
# Глоссарий (одни и те же слова во всём файле):
#   импорт, лист, столбец, строка, заголовок, сопоставление (какое поле заполняет столбец),
#   поле, отклонённая строка (пропущенная строка с причиной), формула, книга, сводка,
#   обязательство, статус, ссылка-подтверждение, история, заметка.

## Поля, которые может заполнять столбец, в окне сопоставления.
import-target-ignore = Не импортировать
import-target-id = Идентификатор
import-target-kind = Вид
import-target-actor = Кто обещал
import-target-parent = Более общее обязательство (идентификатор)
import-target-title = Название
import-target-quote = Цитата
import-target-source = Исходный документ (идентификатор)
import-target-date-committed = Дата обязательства
import-target-category = Категория
import-target-responsible = Ответственный орган
import-target-deadline = Срок
import-target-status = Статус
import-target-status-date = Дата статуса
import-target-importance = Важность
import-target-concern = Отметка тревоги
import-target-tags = Метки
import-target-evidence-url = Ссылка-подтверждение
import-target-note = Заметка
import-target-replaced-on = Дата замены
import-target-replaced-by = Чем заменено (идентификаторы)
import-target-replaced-partly = Заменено частично
import-target-replaced-note = Пояснение к замене
import-target-replaced-evidence = Подтверждения замены (идентификаторы)
import-target-next-evidence-id = Следующий номер подтверждения
import-target-uhri-id = Идентификатор UHRI (сохраняется как UHRI-…)
import-target-recommendation-text = Текст рекомендации (сначала номер пункта)
import-target-mechanism = Механизм (орган, давший рекомендацию)
import-target-cycle = Цикл или сессия обзора
import-target-recommending = Рекомендующие государства
import-target-position = Позиция государства
import-target-themes = Темы
import-target-affected-groups = Затронутые группы
import-target-sdgs = Задачи ЦУР

## Почему строка отклонена.
import-refused-row = Строка { $row }: { $reason }
import-refused-no-id-title = нет ни идентификатора, ни названия
import-refused-no-title = { $id } — новое обязательство без названия
import-refused-bad-date = «{ $text }» в столбце { $column } — не дата (пишите 2024-03-16, 16.03.2024, 2024-03 или 2024)
import-refused-unknown-status = неизвестный статус «{ $word }» (укажите, чему он соответствует, в сохранённом сопоставлении: «Сохранить сопоставление…» в окне, затем --map)
import-refused-duplicate-id = идентификатор { $id } уже есть в строке { $row }
import-refused-formula = в столбце { $column } формула, а не значение (вставьте как значения)
import-refused-cell-too-large = в столбце { $column } { $count ->
        [one] { $count } символ
        [few] { $count } символа
        [many] { $count } символов
       *[other] { $count } символа
    } — больше, чем допускается в ячейке
import-refused-bad-value = «{ $text }» не подходит для столбца { $column }
import-refused-before-history = дата статуса { $date } раньше последнего записанного изменения ({ $last }); история никогда не переписывается
import-refused-unsafe-link = ссылка { $url } пропущена: { $reason }
import-refused-status-left-out = для статуса «{ $word }» выбрано не импортировать строки
import-refused-unknown-position = «{ $text }» в столбце { $column } — не позиция, известная приложению (Supported, Supported/Noted, Noted)
import-warning-unknown-source = идентификатор источника «{ $id }» не называет ни одного документа-источника проекта (строка импортирована; добавьте источник или исправьте идентификатор)

## Запись истории, которую получает импортированная смена статуса.
import-history-note = Импортировано из { $file }

## Сводка, которая показывается до любых изменений.
import-summary = новых: { $new }, обновлённых: { $updated }, { $changes ->
        [one] { $changes } смена статуса
        [few] { $changes } смены статуса
        [many] { $changes } смен статуса
       *[other] { $changes } смены статуса
    }, { $refused ->
        [one] { $refused } строка отклонена
        [few] { $refused } строки отклонены
        [many] { $refused } строк отклонено
       *[other] { $refused } строки отклонено
    }{ $warnings ->
        [0] {""}
        [one] , { $warnings } предупреждение
        [few] , { $warnings } предупреждения
        [many] , { $warnings } предупреждений
       *[other] , { $warnings } предупреждения
    }
import-note-rows-cut = Прочитаны только первые { $read } строк; на листе их { $total }. Разбейте лист на части, чтобы импортировать остальное.
import-note-rows-cut-unknown = Прочитаны только первые { $read } строк; на листе их больше. Разбейте лист на части, чтобы импортировать остальное.
import-note-columns-cut = Прочитаны только первые { $kept } столбцов.
import-note-only-commitments = При слиянии с этим трекером используется только лист Commitments: доказательства, история, заметки, рекомендации, связи и термины из книги не переносятся. Чтобы взять всю книгу, импортируйте её как новый проект.
import-note-recommendations-as-of = Листы Recommendations и Links этой книги показывают { $date }: ответы и связи, датированные позже этого дня, в ней отсутствуют и не импортируются. Чтобы получить весь трекер, экспортируйте его без даты.
import-note-recommendation-columns = При слиянии с этим трекером столбцы рекомендаций из файла (mechanism, paragraph, recommending, response, terms, links) не читаются. Чтобы взять их, импортируйте файл как новый проект.
import-note-merged = { $count ->
        [one] { $count } объединённый диапазон: его значение
        [few] { $count } объединённых диапазона: значение каждого
        [many] { $count } объединённых диапазонов: значение каждого
       *[other] { $count } объединённого диапазона: значение каждого
    } скопировано во все его ячейки.
import-no-id-or-title = Ни один столбец не сопоставлен с идентификатором или названием: укажите, в каком столбце они.

## Ошибки чтения файла.
import-error-io = Не удалось прочитать файл: { $error }
import-error-type = Файлы с окончанием «.{ $extension }» импортировать нельзя. Импорт читает файлы .csv, .xlsx, .xls и .ods.
import-error-too-large = Файл больше { $limit } МБ — больше, чем читает импорт.
import-error-zip-bomb = Книга распаковалась бы больше чем в { $limit } МБ: она отклонена как возможная zip-бомба.
import-error-not-workbook = Файл назван как книга, но ею не является: возможно, это переименованный текстовый файл. Если это CSV, дайте ему окончание .csv.
import-error-not-text = В файле двоичные данные, а не текст: это не CSV-файл.
import-error-unreadable = Не удалось прочитать книгу: { $error }
import-error-csv = Не удалось прочитать CSV-файл: { $error }
import-error-no-sheet = В книге нет листа «{ $name }». Её листы: { $sheets }.
import-error-empty = Лист пуст: нет строки заголовков, из которой можно импортировать.
import-error-cancelled = Импорт отменён; ничего не изменилось.

## Командная строка.
import-cli-same-file = Выходной файл — это импортируемый файл: выберите другое имя, исходный файл никогда не перезаписывается.
import-cli-map-unreadable = Не удалось прочитать файл сопоставления { $path }: { $error }
import-cli-dry-run = Пробный запуск: ничего не записано.
import-cli-written = Проект записан в { $path }

## Экспорт в Excel.
export-format-xlsx = Книга Excel
file-dialog-export-xlsx = Экспорт в книгу Excel
file-dialog-filter-xlsx = Книга Excel
xlsx-export-failed = Не удалось создать книгу Excel: { $error }

## Окно импорта (Файл → Импорт…).
action-import = Импорт…
action-import-hint = Перенести обязательства из таблицы CSV, Excel или LibreOffice: новые идентификаторы добавляются, существующие обновляются
file-dialog-import = Импорт таблицы
file-dialog-filter-sheets = Таблицы
file-dialog-save-mapping = Сохранить сопоставление столбцов
file-dialog-filter-mapping = Сопоставление столбцов
import-failed-title = Не удалось начать импорт
import-failed-title-file = Не удалось импортировать { $file }
import-done = Импортировано из { $file }: { $summary }
import-mapping-saved = Сопоставление сохранено в { $path }
import-mapping-failed = Не удалось сохранить сопоставление
import-reading-title = Импорт { $file }
import-reading-rows = Прочитано строк: { $read } из { $total }
import-reading-rows-unknown = Прочитано строк: { $read }
import-cancel = Отмена
import-mapping-title = Импорт { $file }
import-sheet = Лист: { $name }
import-ours = Книга, выгруженная из Reform Tracker: при импорте как новый проект вместе с ней переносятся подтверждения, история, заметки и исходные документы.
import-mapping-intro = Выберите, какое поле заполняет каждый столбец. Первые строки показаны так, как они будут прочитаны.
import-column = Столбец
import-column-number = Столбец { $number }
import-imported-as = Импортировать как
import-preview = Первые строки
import-save-mapping = Сохранить сопоставление…
import-show-changes = Показать изменения…
import-summary-title = Импорт { $file }: что изменится
import-summary-intro = Ничего не изменится, пока вы не нажмёте «Импортировать». Строки объединяются с этим проектом по идентификатору; одна отмена (Ctrl+Z) возвращает весь импорт.
import-new-list = Новые: { $list }
import-updated-list = Обновлённые: { $list }
import-refused-title = { $count ->
        [one] Отклонённая строка
       *[other] Отклонённые строки ({ $count })
    }
import-more = … и ещё { $count }
import-apply = Импортировать
import-back = Назад
import-nothing = Ничего не изменится.
import-as-new = Как новый проект (а не объединять с этим)
import-summary-intro-new = Ничего не изменится, пока вы не нажмёте «Импортировать»: результат откроется как новый несохранённый проект.
import-warnings-title = { $count ->
        [one] Импортировано с предупреждением
       *[other] Импортировано с предупреждениями ({ $count })
    }
import-load-mapping = Загрузить сопоставление…
file-dialog-load-mapping = Загрузить сохранённое сопоставление столбцов
import-mapping-loaded = Сопоставление загружено из { $path }
import-mapping-load-failed = Не удалось загрузить сопоставление
import-map-too-large = файл слишком велик для файла сопоставления
import-words-title = Слова статуса
import-words-intro = Все слова статуса на листе: выберите, какому статусу соответствует каждое, или не импортируйте его строки. Известные приложению слова уже заполнены; «Сохранить сопоставление…» запомнит ваш выбор.
import-words-more = Показаны только первые { $count } разных слов; строки с другими словами, которых приложение не знает, будут отклонены.
import-word = «{ $word }»
import-word-leave-out = (не импортировать строку)
import-preset = Готовое сопоставление
import-preset-none = Выбрать…
import-preset-uhri = Универсальный индекс по правам человека ООН (UHRI)
import-preset-applied = Столбцы сопоставлены как в выгрузке { $preset }
import-preset-missing-title = Этот лист — не выгрузка { $preset }
import-preset-missing = В нём нет столбца { $columns }. Сопоставьте столбцы сами или проверьте, что файл — выгрузка результатов поиска.
import-new-terms-list = Добавлены термины словарей: { $list }
import-new-sources-list = Добавлены исходные документы: { $list }

## Ссылки на источники: проверяются при импорте и командой validate.
validate-unknown-source = {"  "}предупреждение: { $commitment } ссылается на источник «{ $source }», которого нет среди документов-источников проекта
validate-link-unknown = {"  "}предупреждение: { $commitment } связано с «{ $id }», но такой рекомендации в проекте нет
validate-link-no-note = {"  "}предупреждение: { $commitment } идёт вразрез с { $id }, но нет примечания о причине
validate-recommendation-no-details = {"  "}предупреждение: { $id } — рекомендация без сведений (механизм, пункт, ответ)
validate-unknown-term = {"  "}предупреждение: { $item } отмечено термином «{ $term }», которого нет ни в одном словаре проекта
