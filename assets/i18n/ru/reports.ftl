# reports — ru
# Панель, её диаграммы, экспорт (HTML, Markdown; заголовки CSV — машинные ключи и сюда не
# входят), строка цитирования и сообщения командной строки.
# Глоссарий (термины model.ftl, а также):
#   dashboard — панель; headline figures — основные показатели; share — доля (от оценённых
#   обязательств); assessed — оценено; status scale — шкала статусов; deadline — срок;
#   overdue — просрочено; latest evidence — последнее подтверждение; progress chart — диаграмма
#   хода выполнения; table — таблица; canonical form — каноническая форма; export — экспорт.

## Панель

dashboard-title = Панель
dashboard-as-of-asked = Состояние трекера на { $date }
dashboard-as-of-today = На сегодня, { $date }
dashboard-by-actor = По субъектам
dashboard-by-category = По категориям
dashboard-progress = Ход выполнения
dashboard-most-overdue = Больше всего просрочены
dashboard-nothing-overdue = Просроченных нет (учитываются только обязательства со сроком).
dashboard-overdue-row = { $id }  { $title } — { $overdue } (срок { $deadline })
dashboard-latest-changes = Последние изменения статуса
dashboard-recommendations = Рекомендации ({ $count })
dashboard-coverage = Хотя бы одно обязательство отвечает на { $answered } из { $supported } поддержанных рекомендаций ({ $share }).
dashboard-gone-against = Обязательства идут вразрез с рекомендациями: { $count }.
dashboard-supported-status = Поддержанные рекомендации по статусу
dashboard-by-mechanism = По механизмам
dashboard-by-theme = По темам (запись учитывается в каждой своей теме)
dashboard-by-response = По ответу государства
dashboard-unanswered = Пока без ответа ({ $count })
dashboard-figure-commitments = { $count ->
    [one] обязательство
    [few] обязательства
    [many] обязательств
   *[other] обязательства
}
dashboard-figure-assessed = оценено
dashboard-figure-fulfilled = выполнено
dashboard-figure-partly = выполнено частично
dashboard-figure-fulfilled-replaced = выполнено, позже заменено
dashboard-figure-in-force = выполнено из действующих
dashboard-percent = { $percent } %
dashboard-shares-note = Доли считаются от оценённых обязательств; { $count ->
    [one] { $count } ещё не оценённое не учитывается
    [few] { $count } ещё не оценённых не учитываются
    [many] { $count } ещё не оценённых не учитываются
   *[other] { $count } ещё не оценённого не учитываются
}.

## Диаграммы: что слышит экранный диктор, и те же числа таблицей

chart-summary = { $count ->
    [one] { $count } обязательство
    [few] { $count } обязательства
    [many] { $count } обязательств
   *[other] { $count } обязательства
} по статусам: { $parts }
chart-summary-recommendations = { $count ->
    [one] { $count } рекомендация
    [few] { $count } рекомендации
    [many] { $count } рекомендаций
   *[other] { $count } рекомендации
} по статусам: { $parts }
chart-summary-part = { $status } — { $count }
chart-summary-empty = Обязательств пока нет
chart-group-summary = { $name }: { $summary }
chart-timeline-span = Диаграмма хода выполнения с { $first } по { $last }
chart-timeline-none = Диаграмма хода выполнения: изменений статуса пока нет
chart-timeline-empty = Изменений статуса пока нет
chart-commitments = { $count ->
    [one] { $count } обязательство
    [few] { $count } обязательства
    [many] { $count } обязательств
   *[other] { $count } обязательства
}
chart-show-table = Показать таблицей
chart-show-table-hint = Числа диаграммы в виде простой таблицы
chart-table-status = Статус
chart-table-count = Обязательства
chart-table-share = Доля от всех
chart-table-group = Название
chart-table-by-status = По статусам
chart-table-date = Дата

## Экспорт

export-format-csv = CSV (таблица)
export-format-markdown = Markdown
export-format-html = HTML-страница
report-as-of-asked = Статус на { $date } — так, как трекер выглядел в тот день (более поздние изменения не учтены).
report-as-of = Статус на { $date }.
report-assessments-current-to = Оценки актуальны на { $date }.
report-headline = Основные показатели
report-commitments = Обязательства
report-commitments-tracked = { $count ->
    [one] обязательство в трекере
    [few] обязательства в трекере
    [many] обязательств в трекере
   *[other] обязательства в трекере
}
report-md-tracked = Обязательств в трекере: { $count }
report-replaced-keep = Заменённые обязательства сохраняют достигнутый статус.
report-bar-label = Обязательства по статусам: { $parts }
report-replaced-heading = Заменённые обязательства
report-evidence-cited = Подтверждения: { $list }.
report-overdue = { $date } (просрочено)
report-not-linked = (ссылка не создана: { $reason })
report-share = { $status }: { $count } из { $assessed } оценённых ({ $percent } %)
report-no-shares = Ни одно обязательство ещё не оценено, поэтому долей нет.
report-not-assessed-note = Доли считаются только по оценённым обязательствам: { $count ->
    [one] { $count } ещё не оценённое не учитывается
    [few] { $count } ещё не оценённых не учитываются
    [many] { $count } ещё не оценённых не учитываются
   *[other] { $count } ещё не оценённого не учитываются
} («не оценено» не то же самое, что «без действий»).
report-scale = Шкала статусов
report-col-id = ID
report-col-kind = Вид
report-col-actor = Субъект
report-col-category = Категория
report-col-title = Название
report-col-status = Статус
report-col-status-date = Дата статуса
report-col-deadline = Срок
report-col-evidence = Подтверждения
report-col-latest-evidence = Последнее подтверждение
report-col-meaning = Значение
report-exported-from = Экспортировано из Reform Tracker.

## Рекомендации в экспорте: строки под статусом и сведения о каждой рекомендации.
report-link-answers = Отвечает на: { $ids }
report-link-answers-in-part = Частично отвечает на: { $ids }
report-link-goes-against = Идёт вразрез с: { $ids }
report-link-answered-by = Отвечают: { $ids }
report-link-answered-in-part-by = Частично отвечают: { $ids }
report-link-gone-against-by = Вразрез идут: { $ids }
report-link-nothing-answers = На эту рекомендацию пока ничто не отвечает
report-rec-heading = Рекомендации подробно
report-rec-paragraph = пункт { $paragraph }
report-rec-recommending = Рекомендовали: { $names }
report-rec-response = Ответ: { $position } ({ $date })
report-rec-response-undated = Ответ: { $position }
report-rec-no-response = Ответа пока нет
report-rec-text = Текст: { $text }
report-rec-text-summary = Текст (краткое изложение): { $text }
report-rec-terms = Термины: { $terms }

## Строка цитирования

citation-line = «{ $title }» — { $status } на { $date } ({ $project }).
citation-source = Источник: { $parts }
citation-no-source = Источник: не указан.
citation-recommendation = Рекомендация: { $origin }.

## Командная строка

cli-not-canonical = { $file }: не в канонической форме
cli-rewritten = { $file }: переписан
cli-already-canonical = { $file }: уже в канонической форме
cli-written = { $format }: файл { $path } записан
cli-scale-range = --scale должен быть от 0,5 до 4
cli-screenshot-saved = Снимок экрана сохранён в { $path }
cli-no-screenshot = Снимок экрана не сделан: { $error }
cli-conflicts-marked = { $count ->
    [one] Внимание: { $count } конфликт слияния не решён; в результате его значения помечены как нерешённые.
    [few] Внимание: { $count } конфликта слияния не решены; в результате их значения помечены как нерешённые.
    [many] Внимание: { $count } конфликтов слияния не решены; в результате их значения помечены как нерешённые.
   *[other] Внимание: { $count } конфликта слияния не решены; в результате их значения помечены как нерешённые.
}
cli-no-window = reform-tracker: не удалось открыть окно: { $error }
cli-unknown-format = неизвестный формат «{ $name }»: используйте csv, markdown, html или xlsx
cli-bad-size = «{ $text }» — не размер: укажите ШИРИНАxВЫСОТА, например 1600x1000
cli-bad-lang = «{ $code }» — язык, которого нет в программе: используйте en, ru или kk
cli-assets-written = Страницы руководства и дополнения для командных оболочек записаны в { $folder }
cli-assets-not-written = Не удалось записать страницы руководства и дополнения для командных оболочек в { $folder }: { $error }

## Нерешённые конфликты слияния в экспорте (export --allow-conflicts).
report-undecided = (не решено: наша версия { $ours } / их версия { $theirs })
report-undecided-heading = Нерешённые конфликты слияния
report-undecided-intro = После слияния эти значения остались нерешёнными. В ячейках с пометкой «не решено» показаны обе версии; до решения конфликтов в итогах учитывается наша версия.

## Веб-сайт (reform-tracker site).
site-cancelled = Публикация сайта отменена; ничего не записано.
site-feed = Изменения (лента Atom)
site-feed-new = Новое: { $id } { $title }
site-skip = Перейти к содержанию
site-nav = Сайт
site-home = Главная
site-years = Изменения по годам
site-year = Изменения в { $year } году
site-languages = Языки
site-generated = Создано в Reform Tracker { $version } из файла проекта с хешем { $hash }.
site-wayback = найти в Wayback Machine
site-address-withheld = (адрес не публикуется)
site-filter-status = Статус: { $status }
site-items-count = { $count ->
    [one] { $count } пункт
    [few] { $count } пункта
    [many] { $count } пунктов
   *[other] { $count } пункта
}
site-recommendations-apart = Рекомендации — это то, что правительству предложили сделать, а не то, что оно обещало: они считаются отдельно от обязательств выше.
site-no-changes = Датированных изменений пока нет.
site-all-items = Все пункты
site-search = Поиск по списку:
site-filters = Фильтры
site-by-status = По статусу
site-by-kind = По виду
site-filter-category = Категория: { $category }
site-by-category = По категориям
site-by-term = По терминам
site-responsible = Ответственный
site-committed = Дата обязательства
site-source = Источник
site-parent = Служит цели
site-children = Ему служат
site-tags = Метки
site-history = История
site-no-history = Изменений статуса пока не записано.
site-cite = Как цитировать
site-left-address = { $item }: адрес доказательства { $evidence } (не веб-ссылка, которую открыло бы окно)
site-left-source-address = исходный документ { $source }: его адрес (не веб-ссылка, которую открыло бы окно)
site-left-item = { $item }: пункт целиком (отмечен как внутренний)
site-left-evidence = { $item }: доказательство { $evidence } (отмечено как внутреннее) и ссылки на него в изменениях статуса
site-left-notes = { $item }: { $count ->
    [one] { $count } заметка не отмечена как публичная
    [few] { $count } заметки не отмечены как публичные
    [many] { $count } заметок не отмечены как публичные
   *[other] { $count } заметки не отмечены как публичные
}
cli-site-written = Сайт записан в { $path }: файлов — { $count }, { $size } КБ.
cli-site-nothing-left-out = Ничего не пропущено: нет пунктов, доказательств или заметок, отмеченных как внутренние.
cli-site-left-out = Не вошло в сайт ({ $count }):
cli-site-not-ours = В { $path } уже есть файлы, записанные не этой командой; ничего не записано. Выберите пустую или новую папку.
cli-site-unwritable = Не удалось записать { $path }: { $error }
cli-site-notes-left-out = Заметки внутренние, пока не отмечены как публичные: не вошло заметок — { $count }, пунктов с ними — { $items }.
action-publish-site = Опубликовать сайт…
action-publish-site-hint = Записывает трекер как статический сайт в папку, на дату в окне; отмеченное как внутреннее не публикуется
file-dialog-publish = Выберите папку для сайта
dialog-publish = Опубликовать
publish-publishing = Публикация сайта в { $path }…
publish-progress-pages = { $done } из { $total } страниц
publish-cancel = Отменить публикацию
publish-done-title = Сайт опубликован
publish-failed-title = Сайт не опубликован
publish-folder-not-ours = В папке { $path } уже есть другие файлы, поэтому сайт туда не записан и в ней ничего не изменилось. Выберите пустую папку, новую или папку, в которую это приложение уже публиковало сайт.
publish-more-left-out = …и ещё { $count } (команда reform-tracker site перечисляет всё).
publish-stopped = Публикация неожиданно прервалась; в папке может быть часть сайта.
publish-undecided = В проекте есть нерешённые конфликты слияния ({ $count }: { $places }): их значения не определены, и сайт выдал бы одну из сторон за факт. Сначала решите их («Решить конфликты…»), затем публикуйте.
