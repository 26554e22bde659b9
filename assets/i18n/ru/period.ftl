# Период между двумя датами, что в нём изменилось, и архивные копии ссылок на доказательства.
# Глоссарий (одни и те же термины везде в этом файле и в остальных):
#   период, С (начало), По (конец), изменения за период, переход, доля выполненных,
#   процентный пункт, архивная копия, архив, последний экспорт.

## Правила и показатели периода.
period-error-reversed = Период заканчивается ({ $to }) раньше, чем начинается ({ $from }).
period-net-line = Доля выполненных: { $before } → { $after } ({ $points } п. п.)
period-net-line-none = Доля выполненных: { $before } → { $after } (изменение в пунктах не считается: на одном из концов нет оценённых обязательств)
period-base-line = Доля считается от оценённых обязательств: { $assessed_before } в начале, { $assessed_after } в конце; выполнено { $fulfilled_before } → { $fulfilled_after }. Впервые оценённые обязательства меняют долю, хотя ни один статус не откатился.

## Архивные копии ссылок на доказательства.
archive-refused-host = { $host } — не архив: используйте web.archive.org, archive.today (archive.ph, archive.is) или perma.cc
archive-copy-link = архивная копия

## «Изменения за период» в экспорте и в окне.
period-incomplete = Укажите обе даты периода: С и По.
period-section-title = Изменения за период
period-range = С { $from } по { $to }
period-empty = За этот период ничего не изменилось.
period-rows-shown = Показаны первые { $shown } из { $total }.
period-show-more = Показать ещё { $count }
period-change-line = { $from } → { $to }
period-status-changes = { $count ->
    [one] { $count } изменение статуса
    [few] { $count } изменения статуса
    [many] { $count } изменений статуса
   *[other] { $count } изменения статуса
}
period-transitions = Переходы (статус накануне периода → статус в его конце)
period-col-from = До
period-col-to = После
period-col-count = Обязательства
period-commitments-added = { $count ->
    [one] Добавлено { $count } обязательство
    [few] Добавлено { $count } обязательства
    [many] Добавлено { $count } обязательств
   *[other] Добавлено { $count } обязательства
}
period-evidence-added = { $count ->
    [one] Добавлена { $count } ссылка на доказательство
    [few] Добавлено { $count } ссылки на доказательства
    [many] Добавлено { $count } ссылок на доказательства
   *[other] Добавлено { $count } ссылки на доказательства
}
period-notes-added = { $count ->
    [one] Добавлена { $count } заметка
    [few] Добавлено { $count } заметки
    [many] Добавлено { $count } заметок
   *[other] Добавлено { $count } заметки
}
period-replacements = { $count ->
    [one] Заменено { $count } обязательство
    [few] Заменено { $count } обязательства
    [many] Заменено { $count } обязательств
   *[other] Заменено { $count } обязательства
}

## Вид → Изменения.
period-view-changes = Изменения
period-view-changes-hint = Что изменилось между двумя датами: смены статуса, добавленные доказательства, заметки и обязательства
period-choose = Выберите период: введите даты С и По (2024-04-01, 2024-04 или 2024) или нажмите готовый вариант.
period-from = С
period-to = По
period-date-hint = ГГГГ-ММ-ДД
period-last-month = Прошлый месяц
period-last-quarter = Прошлый квартал
period-this-year = Этот год
period-since-export = С последнего экспорта
period-since-export-hint = С { $date }, дня последнего экспорта этого файла, по сегодня
period-since-export-none = Из этого файла ещё ничего не экспортировали.
period-clear = Сбросить период
period-jump-name = Показать { $id }
period-export-saved-changes = { $saved } Изменения за период — в файле { $path }.
period-links-summary = { $count ->
    [one] { $count } ссылка
    [few] { $count } ссылки
    [many] { $count } ссылок
   *[other] { $count } ссылки
}, с архивной копией: { $archived }.
period-chart-marked = { $chart }; отмечен период с { $from } по { $to }

## Архивная копия в редакторе доказательств.
archive-field = Архивная копия
archive-field-hint = https://web.archive.org/web/…
archive-cannot-use = Эту архивную копию нельзя использовать: { $reason }. Оставьте поле пустым, если копии нет.
archive-find = Найти архивную копию
archive-find-name = Найти архивную копию доказательства { $id }
archive-save = Архивировать сейчас
archive-save-name = Архивировать доказательство { $id } сейчас
archive-open-name = Открыть архивную копию доказательства { $id }
citation-evidence = Доказательство: { $url } (архивная копия: { $archived })
