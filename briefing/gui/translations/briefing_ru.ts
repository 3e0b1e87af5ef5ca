<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ru_RU">
<context>
    <name/>
    <message>
        <source>unknown marking ceiling “{code}”: choose another ceiling</source>
        <translation type="vanished">неизвестный предельный гриф «{code}»: выберите другой</translation>
    </message>
    <message>
        <source>no event “{name}” in the base: choose another event</source>
        <translation type="vanished">мероприятия «{name}» нет в базе: выберите другое</translation>
    </message>
    <message>
        <source>History…</source>
        <translation type="vanished">История…</translation>
    </message>
    <message>
        <source>Earlier versions of this fact</source>
        <translation type="vanished">Предыдущие версии факта</translation>
    </message>
    <message>
        <source>Statement</source>
        <translation type="vanished">Формулировка</translation>
    </message>
    <message>
        <source>&amp;Written in</source>
        <translation type="vanished">&amp;Язык оригинала</translation>
    </message>
    <message>
        <source>Te&amp;xt</source>
        <translation type="vanished">&amp;Текст</translation>
    </message>
    <message>
        <source>&amp;Said by</source>
        <translation type="vanished">&amp;Чьё заявление</translation>
    </message>
    <message>
        <source>printed first, in one line, in the key-points section</source>
        <translation type="vanished">первой строкой раздела «Главное»</translation>
    </message>
    <message>
        <source>Classification</source>
        <translation type="vanished">Рубрикация</translation>
    </message>
    <message>
        <source>Filter themes…</source>
        <translation type="vanished">Поиск тем…</translation>
    </message>
    <message>
        <source>The&amp;mes</source>
        <translation type="vanished">Т&amp;емы</translation>
    </message>
    <message>
        <source>Filter countries (name or code)…</source>
        <translation type="vanished">Поиск стран (название или код)…</translation>
    </message>
    <message>
        <source>&amp;Countries</source>
        <translation type="vanished">&amp;Страны</translation>
    </message>
    <message>
        <source>Da&amp;te</source>
        <translation type="vanished">&amp;Дата</translation>
    </message>
    <message>
        <source>No event (type a name to create one)</source>
        <translation type="vanished">Без мероприятия (введите название, чтобы создать)</translation>
    </message>
    <message>
        <source>Eve&amp;nt</source>
        <translation type="vanished">&amp;Мероприятие</translation>
    </message>
    <message>
        <source>Mark&amp;ing</source>
        <translation type="vanished">&amp;Гриф</translation>
    </message>
    <message>
        <source>C&amp;onfidence</source>
        <translation type="vanished">Досто&amp;верность</translation>
    </message>
    <message>
        <source>Provenance</source>
        <translation type="vanished">Происхождение</translation>
    </message>
    <message>
        <source>Pick a source or type a new title</source>
        <translation type="vanished">Выберите источник или введите новое название</translation>
    </message>
    <message>
        <source>Sou&amp;rce</source>
        <translation type="vanished">&amp;Источник</translation>
    </message>
    <message>
        <source>The exact words of the source</source>
        <translation type="vanished">Дословный текст источника</translation>
    </message>
    <message>
        <source>Exact &amp;quote</source>
        <translation type="vanished">Дословная &amp;цитата</translation>
    </message>
    <message>
        <source>Page, paragraph… e.g. §10</source>
        <translation type="vanished">Страница, пункт… например, п. 10</translation>
    </message>
    <message>
        <source>&amp;Locator</source>
        <translation type="vanished">&amp;Расположение в источнике</translation>
    </message>
    <message>
        <source>People and organisations</source>
        <translation type="vanished">Лица и организации</translation>
    </message>
    <message>
        <source>Filter, or type a new name and press Enter</source>
        <translation type="vanished">Поиск; или введите новое имя и нажмите Enter</translation>
    </message>
    <message>
        <source>&amp;People</source>
        <translation type="vanished">&amp;Лица</translation>
    </message>
    <message>
        <source>Or&amp;ganisations</source>
        <translation type="vanished">&amp;Организации</translation>
    </message>
    <message>
        <source>Filter, or type a new title and press Enter</source>
        <translation type="vanished">Поиск; или введите новое название и нажмите Enter</translation>
    </message>
    <message>
        <source>Doc&amp;uments</source>
        <translation type="vanished">Док&amp;ументы</translation>
    </message>
    <message>
        <source>Figures</source>
        <translation type="vanished">Цифры</translation>
    </message>
    <message>
        <source>Ke&amp;y numbers stated by the fact</source>
        <translation type="vanished">&amp;Ключевые цифры факта</translation>
    </message>
    <message>
        <source>Restore from Bin</source>
        <translation type="vanished">Восстановить из корзины</translation>
    </message>
    <message>
        <source>Revert</source>
        <translation type="vanished">Отменить изменения</translation>
    </message>
    <message>
        <source>Discard the changes made since the last save</source>
        <translation type="vanished">Отменить изменения, сделанные после последнего сохранения</translation>
    </message>
    <message>
        <source>Save</source>
        <translation type="vanished">Сохранить</translation>
    </message>
    <message>
        <source>Save this fact (Ctrl+S)</source>
        <translation type="vanished">Сохранить факт (Ctrl+S)</translation>
    </message>
</context>
<context>
    <name>BinActions</name>
    <message>
        <source>&amp;Empty the Bin…</source>
        <translation>&amp;Очистить корзину…</translation>
    </message>
    <message>
        <source>Delete the facts in the Bin for good</source>
        <translation>Окончательно удалить факты из корзины</translation>
    </message>
    <message>
        <source>Empty the Bin…</source>
        <translation>Очистить корзину…</translation>
    </message>
    <message>
        <source>The Bin is empty.</source>
        <translation>Корзина пуста.</translation>
    </message>
    <message numerus="yes">
        <source>Delete the %n facts in the Bin for good?

Their history goes with them. This cannot be undone.</source>
        <translation>
            <numerusform>Окончательно удалить %n факт из корзины?

Его история тоже будет удалена. Это действие нельзя отменить.</numerusform>
            <numerusform>Окончательно удалить %n факта из корзины?

Их история тоже будет удалена. Это действие нельзя отменить.</numerusform>
            <numerusform>Окончательно удалить %n фактов из корзины?

Их история тоже будет удалена. Это действие нельзя отменить.</numerusform>
        </translation>
    </message>
    <message>
        <source>Empty the Bin</source>
        <translation>Очистить корзину</translation>
    </message>
    <message numerus="yes">
        <source>Deleted %n facts for good.</source>
        <translation>
            <numerusform>Окончательно удалён %n факт.</numerusform>
            <numerusform>Окончательно удалено %n факта.</numerusform>
            <numerusform>Окончательно удалено %n фактов.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>BundleExportDialog</name>
    <message>
        <source>Export a bundle</source>
        <translation>Экспорт пакета</translation>
    </message>
    <message>
        <source>A bundle carries facts to another machine, with their sources, people, events and earlier versions. Nothing marked above the ceiling is included.</source>
        <translation>Пакет переносит факты на другой компьютер вместе с источниками, лицами, мероприятиями и прежними версиями. Ничего с грифом выше предельного в него не попадает.</translation>
    </message>
    <message>
        <source>&amp;Highest marking included:</source>
        <translation>&amp;Наивысший гриф:</translation>
    </message>
    <message>
        <source>Only the themes selected: {items}</source>
        <translation>Только выбранные темы: {items}</translation>
    </message>
    <message>
        <source>Only the countries selected: {items}</source>
        <translation>Только выбранные страны: {items}</translation>
    </message>
    <message>
        <source>Only the events selected: {items}</source>
        <translation>Только выбранные мероприятия: {items}</translation>
    </message>
    <message>
        <source>All facts (select themes, countries or events in the navigator to narrow the bundle).</source>
        <translation>Все факты (выберите темы, страны или мероприятия в навигаторе, чтобы сузить пакет).</translation>
    </message>
    <message>
        <source>&amp;Export…</source>
        <translation>&amp;Экспортировать…</translation>
    </message>
</context>
<context>
    <name>BundleFiles</name>
    <message>
        <source>Import a bundle</source>
        <translation>Импорт пакета</translation>
    </message>
    <message>
        <source>Bundle imported: {n} new facts.</source>
        <translation>Пакет импортирован: новых фактов — {n}.</translation>
    </message>
    <message>
        <source>Export a bundle</source>
        <translation>Экспорт пакета</translation>
    </message>
    <message>
        <source>Wrote {n} facts to {file}.</source>
        <translation>Записано фактов: {n} в {file}.</translation>
    </message>
</context>
<context>
    <name>BundleImportDialog</name>
    <message>
        <source>Import a bundle</source>
        <translation>Импорт пакета</translation>
    </message>
    <message>
        <source>Conflicts</source>
        <translation>Конфликты</translation>
    </message>
    <message>
        <source>&amp;Keep this base&apos;s version</source>
        <translation>&amp;Оставить версию этой базы</translation>
    </message>
    <message>
        <source>&amp;Take the bundle&apos;s version</source>
        <translation>&amp;Взять версию пакета</translation>
    </message>
    <message>
        <source>&amp;Import</source>
        <translation>&amp;Импортировать</translation>
    </message>
    <message>
        <source>Comparing the bundle with this base…</source>
        <translation>Сравнение пакета с этой базой…</translation>
    </message>
    <message>
        <source>Trying the import out (nothing is kept)…</source>
        <translation>Пробный импорт (ничего не сохраняется)…</translation>
    </message>
    <message>
        <source>{done} of {total} facts compared</source>
        <translation>Сравнено фактов: {done} из {total}</translation>
    </message>
    <message>
        <source>Cancelled: nothing was imported; this base is as it was.</source>
        <translation>Отменено: ничего не импортировано, база осталась прежней.</translation>
    </message>
    <message>
        <source>This bundle cannot be imported:
{reason}</source>
        <translation>Этот пакет нельзя импортировать:
{reason}</translation>
    </message>
    <message>
        <source>In this base</source>
        <translation>В этой базе</translation>
    </message>
    <message>
        <source>In the bundle</source>
        <translation>В пакете</translation>
    </message>
    <message>
        <source>{file}: new facts to add: {added}; already here and identical (skipped): {same}; conflicts with this base: {conflicts}.</source>
        <translation>{file}: новых фактов: {added}; уже есть и совпадают (пропущены): {same}; конфликтов с этой базой: {conflicts}.</translation>
    </message>
    <message>
        <source>Would also create: {what}.</source>
        <translation>Будут также созданы: {what}.</translation>
    </message>
    <message>
        <source>Choose for each conflict whether to keep this base&apos;s version or take the bundle&apos;s; the import is all or nothing.</source>
        <translation>Для каждого конфликта выберите версию этой базы или пакета; импорт выполняется целиком или не выполняется вовсе.</translation>
    </message>
    <message>
        <source>Country note {code}</source>
        <translation>Справка по стране {code}</translation>
    </message>
    <message>
        <source>taking the bundle&apos;s</source>
        <translation>берётся версия пакета</translation>
    </message>
    <message>
        <source>keeping this base&apos;s</source>
        <translation>остаётся версия базы</translation>
    </message>
    <message>
        <source>Checking the base once more…</source>
        <translation>Повторная проверка базы…</translation>
    </message>
    <message>
        <source>Importing…</source>
        <translation>Импорт…</translation>
    </message>
    <message>
        <source>Writing the facts…</source>
        <translation>Запись фактов…</translation>
    </message>
    <message>
        <source>Importing: {done} of {total} facts</source>
        <translation>Импорт: {done} из {total} фактов</translation>
    </message>
    <message>
        <source>The base changed while you reviewed: {n} new conflict(s). Nothing was imported; review them and import again.</source>
        <translation>База изменилась во время проверки: новых конфликтов — {n}. Ничего не импортировано; проверьте их и повторите импорт.</translation>
    </message>
</context>
<context>
    <name>ChecklistField</name>
    <message>
        <source>None selected</source>
        <translation>Ничего не выбрано</translation>
    </message>
</context>
<context>
    <name>ConflictDialog</name>
    <message>
        <source>Saved by someone else</source>
        <translation>Сохранено другим пользователем</translation>
    </message>
    <message>
        <source>Someone else saved this fact after you opened it. Your changes are not lost. Fields only one of you changed are already merged.</source>
        <translation>Кто-то сохранил этот факт после того, как вы его открыли. Ваши изменения не потеряны. Поля, изменённые только одним из вас, уже объединены.</translation>
    </message>
    <message numerus="yes">
        <source>Both of you changed %n field(s): choose which version to keep, then save the merge.</source>
        <translation>
            <numerusform>Вы оба изменили %n поле: выберите версию, затем сохраните объединение.</numerusform>
            <numerusform>Вы оба изменили %n поля: выберите версию, затем сохраните объединение.</numerusform>
            <numerusform>Вы оба изменили %n полей: выберите версию, затем сохраните объединение.</numerusform>
        </translation>
    </message>
    <message>
        <source>Your version</source>
        <translation>Ваша версия</translation>
    </message>
    <message>
        <source>Their saved version</source>
        <translation>Их сохранённая версия</translation>
    </message>
    <message>
        <source>&amp;Save the merge</source>
        <translation>&amp;Сохранить объединение</translation>
    </message>
    <message>
        <source>&amp;Reload their version</source>
        <translation>&amp;Загрузить их версию</translation>
    </message>
    <message>
        <source>&amp;Keep editing mine</source>
        <translation>&amp;Продолжить правку своей</translation>
    </message>
</context>
<context>
    <name>ConflictFields</name>
    <message>
        <source>Statement</source>
        <translation>Формулировка</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Язык</translation>
    </message>
    <message>
        <source>Translations</source>
        <translation>Переводы</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Дата</translation>
    </message>
    <message>
        <source>Event</source>
        <translation>Мероприятие</translation>
    </message>
    <message>
        <source>Themes</source>
        <translation>Темы</translation>
    </message>
    <message>
        <source>Countries</source>
        <translation>Страны</translation>
    </message>
    <message>
        <source>People</source>
        <translation>Лица</translation>
    </message>
    <message>
        <source>Organisations</source>
        <translation>Организации</translation>
    </message>
    <message>
        <source>Documents</source>
        <translation>Документы</translation>
    </message>
    <message>
        <source>Speaker</source>
        <translation>Кто говорит</translation>
    </message>
    <message>
        <source>Figures</source>
        <translation>Цифры</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Источник</translation>
    </message>
    <message>
        <source>Quote</source>
        <translation>Цитата</translation>
    </message>
    <message>
        <source>Locator</source>
        <translation>Место в источнике</translation>
    </message>
    <message>
        <source>Marking</source>
        <translation>Гриф</translation>
    </message>
    <message>
        <source>Confidence</source>
        <translation>Достоверность</translation>
    </message>
    <message>
        <source>Key point</source>
        <translation>Главное</translation>
    </message>
    <message>
        <source>In the Bin</source>
        <translation>В корзине</translation>
    </message>
    <message>
        <source>Texts</source>
        <translation>Тексты</translation>
    </message>
</context>
<context>
    <name>ConflictView</name>
    <message>
        <source>Use mine</source>
        <translation>Взять мою</translation>
    </message>
    <message>
        <source>Use theirs</source>
        <translation>Взять их</translation>
    </message>
    <message>
        <source>(empty)</source>
        <translation>(пусто)</translation>
    </message>
    <message>
        <source>Changed by both of you: choose one.</source>
        <translation>Изменено обоими: выберите вариант.</translation>
    </message>
    <message>
        <source>Changed only by you: yours is kept unless you choose theirs.</source>
        <translation>Изменено только вами: остаётся ваш вариант, если не выбрать их.</translation>
    </message>
    <message>
        <source>Changed only by them: theirs is taken unless you choose yours.</source>
        <translation>Изменено только другим: берётся их вариант, если не выбрать ваш.</translation>
    </message>
</context>
<context>
    <name>CountryNoteDialog</name>
    <message>
        <source>Country note</source>
        <translation>Справка по стране</translation>
    </message>
    <message>
        <source>&amp;Country</source>
        <translation>&amp;Страна</translation>
    </message>
    <message>
        <source>&amp;Marking</source>
        <translation>&amp;Гриф</translation>
    </message>
    <message>
        <source>Printed at the head of the country&apos;s brief, in the dossier&apos;s language (English when not written in it). Markdown: **bold**, *italic*, lists with -.</source>
        <translation>Печатается в начале раздела о стране на языке досье (если на нём нет текста — на английском). Markdown: **жирный**, *курсив*, списки через -.</translation>
    </message>
    <message>
        <source>Note in {language}</source>
        <translation>Справка ({language})</translation>
    </message>
    <message>
        <source>{name} ({code}) — has a note</source>
        <translation>{name} ({code}) — справка есть</translation>
    </message>
    <message>
        <source>Unsaved note</source>
        <translation>Справка не сохранена</translation>
    </message>
    <message>
        <source>Discard the changes to the note on {code}?</source>
        <translation>Отменить изменения в справке по {code}?</translation>
    </message>
</context>
<context>
    <name>CoverForm</name>
    <message>
        <source>Meeting</source>
        <translation>Встреча</translation>
    </message>
    <message>
        <source>Only facts of this event print</source>
        <translation>Печатаются только факты этого мероприятия</translation>
    </message>
    <message>
        <source>&amp;Event</source>
        <translation>&amp;Мероприятие</translation>
    </message>
    <message>
        <source>Include background facts (no event)</source>
        <translation>Включая факты вне мероприятий</translation>
    </message>
    <message>
        <source>Also print facts that belong to no event (context, history, figures)</source>
        <translation>Печатать и факты, не относящиеся ни к одному мероприятию (контекст, история, цифры)</translation>
    </message>
    <message>
        <source>Cover</source>
        <translation>Титульный лист</translation>
    </message>
    <message>
        <source>&amp;Title</source>
        <translation>&amp;Заголовок</translation>
    </message>
    <message>
        <source>Subtitle</source>
        <translation>Подзаголовок</translation>
    </message>
    <message>
        <source>e.g. the Minister</source>
        <translation>например, для Министра</translation>
    </message>
    <message>
        <source>Prepared for</source>
        <translation>Для кого</translation>
    </message>
    <message>
        <source>e.g. Central Asia desk</source>
        <translation>например, отдел Центральной Азии</translation>
    </message>
    <message>
        <source>Prepared by</source>
        <translation>Подготовил</translation>
    </message>
    <message>
        <source>Empty: the day it is printed</source>
        <translation>Пусто: дата печати</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Дата</translation>
    </message>
    <message>
        <source>e.g. CA/2025/114</source>
        <translation>например, ЦА/2025/114</translation>
    </message>
    <message>
        <source>Reference</source>
        <translation>Номер</translation>
    </message>
    <message>
        <source>e.g. 1</source>
        <translation>например, 1</translation>
    </message>
    <message>
        <source>Version</source>
        <translation>Версия</translation>
    </message>
    <message>
        <source>Printing</source>
        <translation>Печать</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Язык</translation>
    </message>
    <message>
        <source>Page size</source>
        <translation>Формат страницы</translation>
    </message>
    <message>
        <source>Facts marked above this level are left out</source>
        <translation>Факты с грифом выше этого уровня не включаются</translation>
    </message>
    <message>
        <source>Marking ceiling</source>
        <translation>Предельный гриф</translation>
    </message>
    <message>
        <source>Limit every section to</source>
        <translation>Ограничить все разделы</translation>
    </message>
    <message>
        <source>Filter countries…</source>
        <translation>Поиск стран…</translation>
    </message>
    <message>
        <source>Countries</source>
        <translation>Страны</translation>
    </message>
    <message>
        <source>Filter themes…</source>
        <translation>Поиск тем…</translation>
    </message>
    <message>
        <source>Themes</source>
        <translation>Темы</translation>
    </message>
    <message>
        <source>— none —</source>
        <translation>— нет —</translation>
    </message>
    <message>
        <source>Every fact, whatever its event</source>
        <translation>Все факты, независимо от мероприятия</translation>
    </message>
    <message>
        <source>No ceiling (everything)</source>
        <translation>Без ограничения (все)</translation>
    </message>
    <message>
        <source>{name} (not in the base)</source>
        <translation>{name} (нет в базе)</translation>
    </message>
    <message>
        <source>{code} (unknown marking)</source>
        <translation>{code} (неизвестный гриф)</translation>
    </message>
    <message>
        <source>Empty: the event&apos;s name</source>
        <translation>Пусто: название мероприятия</translation>
    </message>
    <message>
        <source>Empty: “{default}”</source>
        <translation>Пусто: «{default}»</translation>
    </message>
    <message>
        <source>Printed on the cover. Left empty, the cover reads “{title}”.</source>
        <translation>Печатается на титульном листе. Если оставить пустым, будет напечатано «{title}».</translation>
    </message>
</context>
<context>
    <name>DateField</name>
    <message>
        <source>{local} or {iso} (empty: no date)</source>
        <translation>{local} или {iso} (пусто: без даты)</translation>
    </message>
    <message>
        <source>Calendar</source>
        <translation>Календарь</translation>
    </message>
    <message>
        <source>Pick the date on a calendar</source>
        <translation>Выбрать дату в календаре</translation>
    </message>
</context>
<context>
    <name>DossierBuilder</name>
    <message>
        <source>Dossier builder</source>
        <translation>Подготовка досье</translation>
    </message>
    <message>
        <source>Saved dossier:</source>
        <translation>Сохранённое досье:</translation>
    </message>
    <message>
        <source>Name to save this dossier under</source>
        <translation>Имя, под которым сохранить досье</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Открыть</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Сохранить</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Удалить</translation>
    </message>
    <message>
        <source>New</source>
        <translation>Новое</translation>
    </message>
    <message>
        <source>Sections</source>
        <translation>Разделы</translation>
    </message>
    <message>
        <source>Preview</source>
        <translation>Предпросмотр</translation>
    </message>
    <message>
        <source>Export PDF…</source>
        <translation>Экспорт в PDF…</translation>
    </message>
    <message>
        <source>Export DOCX…</source>
        <translation>Экспорт в DOCX…</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Закрыть</translation>
    </message>
    <message>
        <source>One per theme</source>
        <translation>По темам</translation>
    </message>
    <message>
        <source>Lay out the facts in one section per theme (replaces the fact sections)</source>
        <translation>Разложить факты по разделам — по одному на тему (заменяет разделы с фактами)</translation>
    </message>
    <message>
        <source>One per country</source>
        <translation>По странам</translation>
    </message>
    <message>
        <source>Lay out the facts in one section per country (replaces the fact sections)</source>
        <translation>Разложить факты по разделам — по одному на страну (заменяет разделы с фактами)</translation>
    </message>
    <message>
        <source>Add</source>
        <translation>Добавить</translation>
    </message>
    <message>
        <source>Move up</source>
        <translation>Выше</translation>
    </message>
    <message>
        <source>Move down</source>
        <translation>Ниже</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Убрать</translation>
    </message>
    <message>
        <source>Drag sections to reorder them. Expand a section and untick the facts to leave out. Select a written section to write its text.</source>
        <translation>Перетаскивайте разделы, чтобы изменить порядок. Раскройте раздел и снимите отметку с фактов, которые не нужны. Выберите текстовый раздел, чтобы написать его текст.</translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation type="vanished">Обновить</translation>
    </message>
    <message>
        <source>Printed content</source>
        <translation type="vanished">Содержание для печати</translation>
    </message>
    <message>
        <source>Written section</source>
        <translation>Текстовый раздел</translation>
    </message>
    <message>
        <source>Other (type its title)</source>
        <translation>Другой (введите заголовок)</translation>
    </message>
    <message>
        <source>Key points</source>
        <translation>Главное</translation>
    </message>
    <message>
        <source>Who&apos;s who</source>
        <translation>Кто есть кто</translation>
    </message>
    <message>
        <source>Theme</source>
        <translation>Тема</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>Страна</translation>
    </message>
    <message>
        <source>Facts common to the participants</source>
        <translation>Факты, общие для участников</translation>
    </message>
    <message>
        <source>Facts selected in the list</source>
        <translation>Факты, выбранные в списке</translation>
    </message>
    <message>
        <source>Key figures</source>
        <translation>Ключевые показатели</translation>
    </message>
    <message>
        <source>“{name}” is already in the dossier.</source>
        <translation>«{name}» уже есть в досье.</translation>
    </message>
    <message>
        <source>Select facts in the main list first.</source>
        <translation>Сначала выберите факты в основном списке.</translation>
    </message>
    <message numerus="yes">
        <source>The dossier prints %Ln facts.</source>
        <translation>
            <numerusform>В досье печатается %Ln факт.</numerusform>
            <numerusform>В досье печатаются %Ln факта.</numerusform>
            <numerusform>В досье печатается %Ln фактов.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The dossier prints at most %Ln facts.</source>
        <translation>
            <numerusform>В досье печатается не более %Ln факта.</numerusform>
            <numerusform>В досье печатается не более %Ln фактов.</numerusform>
            <numerusform>В досье печатается не более %Ln фактов.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln more are withheld: marked above the ceiling ({ceiling}).</source>
        <translation>
            <numerusform>Ещё %Ln факт не печатается: гриф выше предельного ({ceiling}).</numerusform>
            <numerusform>Ещё %Ln факта не печатаются: гриф выше предельного ({ceiling}).</numerusform>
            <numerusform>Ещё %Ln фактов не печатается: гриф выше предельного ({ceiling}).</numerusform>
        </translation>
    </message>
    <message>
        <source>The facts cannot be counted: {problem}</source>
        <translation>Не удаётся подсчитать факты: {problem}</translation>
    </message>
    <message>
        <source>Replace the fact sections</source>
        <translation type="vanished">Заменить разделы с фактами</translation>
    </message>
    <message>
        <source>You left out facts in {n} of the fact sections. Laying out the dossier again replaces its fact sections and forgets those choices. Continue?</source>
        <translation type="vanished">Из некоторых разделов с фактами (всего таких разделов: {n}) вы исключили факты. Новая раскладка заменит разделы с фактами, и этот выбор будет потерян. Продолжить?</translation>
    </message>
    <message>
        <source>Laying out the sections…</source>
        <translation type="vanished">Раскладка по разделам…</translation>
    </message>
    <message>
        <source>{n} fact sections laid out.</source>
        <translation type="vanished">Разделов с фактами: {n}.</translation>
    </message>
    <message>
        <source>No facts to lay out within this event and ceiling.</source>
        <translation type="vanished">Для этого мероприятия и предельного грифа нет фактов.</translation>
    </message>
    <message>
        <source>Cannot lay out the dossier: {error}</source>
        <translation type="vanished">Не удаётся разложить досье: {error}</translation>
    </message>
    <message>
        <source>Section {n}: {message}</source>
        <translation>Раздел {n}: {message}</translation>
    </message>
    <message>
        <source>Fix the marked fields to see the preview.</source>
        <translation type="vanished">Исправьте отмеченные поля, чтобы увидеть предпросмотр.</translation>
    </message>
    <message>
        <source>Assembling…</source>
        <translation type="vanished">Сборка…</translation>
    </message>
    <message>
        <source>Cannot assemble the dossier: {error}</source>
        <translation type="vanished">Не удаётся собрать досье: {error}</translation>
    </message>
    <message>
        <source>{size} · {language} · printed marking {marking} · {facts} fact entries · {sources} sources</source>
        <translation type="vanished">{size} · {language} · гриф на печати: {marking} · записей с фактами: {facts} · источников: {sources}</translation>
    </message>
    <message>
        <source>(first {n} listed)</source>
        <translation type="vanished">(показаны первые {n})</translation>
    </message>
    <message>
        <source>Saved as “{name}”.</source>
        <translation type="vanished">Сохранено как «{name}».</translation>
    </message>
    <message>
        <source>Opened “{name}”.</source>
        <translation type="vanished">Открыто «{name}».</translation>
    </message>
    <message>
        <source>Delete saved dossier</source>
        <translation type="vanished">Удалить сохранённое досье</translation>
    </message>
    <message>
        <source>Delete the saved dossier “{name}”? The facts are not touched.</source>
        <translation type="vanished">Удалить сохранённое досье «{name}»? Сами факты не затрагиваются.</translation>
    </message>
    <message>
        <source>Deleted “{name}”.</source>
        <translation type="vanished">«{name}» удалено.</translation>
    </message>
    <message>
        <source>Unsaved dossier</source>
        <translation type="vanished">Досье не сохранено</translation>
    </message>
    <message>
        <source>This dossier has changes that are not saved. Save them?</source>
        <translation type="vanished">В досье есть несохранённые изменения. Сохранить их?</translation>
    </message>
    <message>
        <source>Type a name to save the dossier under, then Save.</source>
        <translation type="vanished">Введите имя досье и нажмите «Сохранить».</translation>
    </message>
    <message>
        <source>PDF documents (*.pdf)</source>
        <translation type="vanished">Документы PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Word documents (*.docx)</source>
        <translation type="vanished">Документы Word (*.docx)</translation>
    </message>
    <message>
        <source>Export dossier</source>
        <translation type="vanished">Экспорт досье</translation>
    </message>
    <message>
        <source>An export is already running.</source>
        <translation type="vanished">Экспорт уже выполняется.</translation>
    </message>
    <message>
        <source>Export cancelled; nothing was written.</source>
        <translation type="vanished">Экспорт отменён; файл не записан.</translation>
    </message>
    <message>
        <source>Exporting…</source>
        <translation type="vanished">Экспорт…</translation>
    </message>
    <message>
        <source>Exported to {path}</source>
        <translation type="vanished">Сохранено в {path}</translation>
    </message>
    <message>
        <source>unknown marking ceiling “{code}”: choose another ceiling</source>
        <translation>неизвестный предельный гриф «{code}»: выберите другой</translation>
    </message>
    <message>
        <source>no event “{name}” in the base: choose another event</source>
        <translation>мероприятия «{name}» нет в базе: выберите другое</translation>
    </message>
    <message>
        <source>Purpose</source>
        <translation>Цель</translation>
    </message>
    <message>
        <source>Key messages</source>
        <translation>Ключевые тезисы</translation>
    </message>
    <message>
        <source>Lines to take</source>
        <translation>Тезисы для беседы</translation>
    </message>
    <message>
        <source>Press lines</source>
        <translation>Тезисы для прессы</translation>
    </message>
    <message>
        <source>Programme</source>
        <translation>Программа</translation>
    </message>
    <message>
        <source>Background</source>
        <translation>Справочно</translation>
    </message>
    <message>
        <source>Not printed while it is empty: write its text above.</source>
        <translation>Пока раздел пуст, он не печатается: напишите текст выше.</translation>
    </message>
    <message>
        <source>Cover: {title}</source>
        <translation>Титульный лист: {title}</translation>
    </message>
    <message numerus="yes">
        <source>This dossier prints %Ln facts: about {pages} pages. Exporting it takes several minutes, and a file that size is hard to read or send.

Export it anyway? (A narrower scope, an event or fewer sections make it shorter.)</source>
        <translation>
            <numerusform>В досье %Ln факт: около {pages} страниц. Экспорт займёт несколько минут, а файл такого размера трудно читать и пересылать.

Всё равно экспортировать? (Сократить досье можно, сузив охват, выбрав мероприятие или убрав разделы.)</numerusform>
            <numerusform>В досье %Ln факта: около {pages} страниц. Экспорт займёт несколько минут, а файл такого размера трудно читать и пересылать.

Всё равно экспортировать? (Сократить досье можно, сузив охват, выбрав мероприятие или убрав разделы.)</numerusform>
            <numerusform>В досье %Ln фактов: около {pages} страниц. Экспорт займёт несколько минут, а файл такого размера трудно читать и пересылать.

Всё равно экспортировать? (Сократить досье можно, сузив охват, выбрав мероприятие или убрав разделы.)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>DossierFlows</name>
    <message>
        <source>Exported to {path}</source>
        <translation>Сохранено в {path}</translation>
    </message>
    <message>
        <source>Add sections first (for example, one per theme).</source>
        <translation>Сначала добавьте разделы (например, по темам).</translation>
    </message>
</context>
<context>
    <name>EditFlows</name>
    <message>
        <source>Not saved: fix the fields marked in red.</source>
        <translation>Не сохранено: исправьте поля, отмеченные красным.</translation>
    </message>
    <message>
        <source>Saved.</source>
        <translation>Сохранено.</translation>
    </message>
    <message>
        <source>Reloaded the saved version.</source>
        <translation>Загружена сохранённая версия.</translation>
    </message>
    <message>
        <source>Saved the merged version.</source>
        <translation>Объединённая версия сохранена.</translation>
    </message>
    <message>
        <source>Move this fact to the Bin?

“{fact}”

You can restore it from the Bin.</source>
        <translation>Переместить факт в корзину?

«{fact}»

Его можно будет восстановить из корзины.</translation>
    </message>
    <message>
        <source>Delete facts</source>
        <translation>Удаление фактов</translation>
    </message>
    <message>
        <source>Delete saved dossier</source>
        <translation>Удалить сохранённое досье</translation>
    </message>
    <message>
        <source>Delete the saved dossier “{name}”? The facts are not touched.</source>
        <translation>Удалить сохранённое досье «{name}»? Сами факты не затрагиваются.</translation>
    </message>
    <message>
        <source>People</source>
        <translation>Лица</translation>
    </message>
    <message>
        <source>Organisations</source>
        <translation>Организации</translation>
    </message>
    <message>
        <source>Themes</source>
        <translation>Темы</translation>
    </message>
    <message>
        <source>Sources</source>
        <translation>Источники</translation>
    </message>
    <message>
        <source>Events</source>
        <translation>Мероприятия</translation>
    </message>
</context>
<context>
    <name>EntityDialog</name>
    <message>
        <source>(none)</source>
        <translation>(нет)</translation>
    </message>
</context>
<context>
    <name>EntityManager</name>
    <message>
        <source>Filter…</source>
        <translation>Поиск…</translation>
    </message>
    <message>
        <source>New…</source>
        <translation>Создать…</translation>
    </message>
    <message>
        <source>Edit…</source>
        <translation>Изменить…</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Закрыть</translation>
    </message>
</context>
<context>
    <name>EventDialog</name>
    <message>
        <source>Edit event</source>
        <translation>Изменить мероприятие</translation>
    </message>
    <message>
        <source>New event</source>
        <translation>Новое мероприятие</translation>
    </message>
    <message>
        <source>&amp;Name</source>
        <translation>&amp;Название</translation>
    </message>
    <message>
        <source>As facts name the event</source>
        <translation>Как мероприятие названо в фактах</translation>
    </message>
    <message>
        <source>&amp;Kind</source>
        <translation>&amp;Вид</translation>
    </message>
    <message>
        <source>&amp;Start date</source>
        <translation>Дата &amp;начала</translation>
    </message>
    <message>
        <source>&amp;End date</source>
        <translation>Дата &amp;окончания</translation>
    </message>
    <message>
        <source>YYYY-MM-DD (empty: a one-day event)</source>
        <translation>ДД.ММ.ГГГГ или ГГГГ-ММ-ДД (пусто: однодневное мероприятие)</translation>
    </message>
    <message>
        <source>&amp;Place</source>
        <translation>&amp;Место</translation>
    </message>
    <message>
        <source>&amp;Host country</source>
        <translation>&amp;Принимающая страна</translation>
    </message>
    <message>
        <source>Same as the name</source>
        <translation>Как в названии</translation>
    </message>
    <message>
        <source>As {language} writes it</source>
        <translation>Написание ({language})</translation>
    </message>
    <message>
        <source>Name ({language})</source>
        <translation>Название ({language})</translation>
    </message>
    <message>
        <source>Summit</source>
        <translation>Саммит</translation>
    </message>
    <message>
        <source>Bilateral visit</source>
        <translation>Двусторонний визит</translation>
    </message>
    <message>
        <source>Ministerial meeting</source>
        <translation>Встреча министров</translation>
    </message>
    <message>
        <source>Call</source>
        <translation>Телефонный разговор</translation>
    </message>
    <message>
        <source>Conference</source>
        <translation>Конференция</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Другое</translation>
    </message>
</context>
<context>
    <name>ExportTask</name>
    <message>
        <source>Exporting “{name}”…</source>
        <translation>Экспорт «{name}»…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Отмена</translation>
    </message>
    <message>
        <source>Export dossier</source>
        <translation>Экспорт досье</translation>
    </message>
    <message>
        <source>Assembling “{name}”…</source>
        <translation>Сборка «{name}»…</translation>
    </message>
    <message>
        <source>Cancelling…</source>
        <translation>Отмена…</translation>
    </message>
    <message numerus="yes">
        <source>Writing “{name}”: %n fact entries…</source>
        <translation>
            <numerusform>Запись «{name}»: %n факт…</numerusform>
            <numerusform>Запись «{name}»: %n факта…</numerusform>
            <numerusform>Запись «{name}»: %n фактов…</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Writing “{name}”: %n of {total} entries, about {left} s left</source>
        <translation>
            <numerusform>Запись «{name}»: %n из {total}, осталось около {left} с</numerusform>
            <numerusform>Запись «{name}»: %n из {total}, осталось около {left} с</numerusform>
            <numerusform>Запись «{name}»: %n из {total}, осталось около {left} с</numerusform>
        </translation>
    </message>
    <message>
        <source>No embedded font has these characters; they show only where the reader&apos;s system has a font for them:</source>
        <translation>Ни один встроенный шрифт не содержит этих символов; они будут видны, только если в системе читателя есть подходящий шрифт:</translation>
    </message>
    <message>
        <source>No font has these characters; they show as blank space:</source>
        <translation>Ни один шрифт не содержит этих символов; на их месте будут пробелы:</translation>
    </message>
    <message>
        <source>These facts are printed with a quote that no longer matches the stored text of their source (see each fact&apos;s form):</source>
        <translation>Эти факты напечатаны с цитатой, которая больше не совпадает с сохранённым текстом их источника (см. карточку каждого факта):</translation>
    </message>
    <message>
        <source>Check the exported file</source>
        <translation>Проверьте экспортированный файл</translation>
    </message>
    <message>
        <source>Characters not printed</source>
        <translation>Символы не напечатаны</translation>
    </message>
    <message>
        <source>Quotes to check</source>
        <translation>Цитаты для проверки</translation>
    </message>
    <message>
        <source>fact {ref}</source>
        <translation>факт {ref}</translation>
    </message>
    <message>
        <source>source [{ref}]</source>
        <translation>источник [{ref}]</translation>
    </message>
    <message>
        <source>section {ref}</source>
        <translation>раздел {ref}</translation>
    </message>
    <message>
        <source>section {ref} (chart)</source>
        <translation>раздел {ref} (диаграмма)</translation>
    </message>
    <message>
        <source>a section</source>
        <translation>раздел без номера</translation>
    </message>
    <message>
        <source>a section (chart)</source>
        <translation>раздел без номера (диаграмма)</translation>
    </message>
    <message>
        <source>the title</source>
        <translation>заголовок</translation>
    </message>
    <message>
        <source>the cover</source>
        <translation>титульный лист</translation>
    </message>
    <message>
        <source>the marking</source>
        <translation>гриф</translation>
    </message>
    <message>
        <source>the sources</source>
        <translation>источники</translation>
    </message>
    <message>
        <source>fact {fact}: quote not found in “{source}”</source>
        <translation>факт {fact}: цитата не найдена в «{source}»</translation>
    </message>
    <message>
        <source>fact {fact}: locator {locator}, but the quote is at {found}</source>
        <translation>факт {fact}: место {locator}, но цитата находится в {found}</translation>
    </message>
    <message>
        <source>fact {fact}: locator {locator}, but the quote spans paragraphs</source>
        <translation>факт {fact}: место {locator}, но цитата занимает несколько абзацев</translation>
    </message>
    <message>
        <source>The export failed ({kind}: {error}).</source>
        <translation>Экспорт не удался ({kind}: {error}).</translation>
    </message>
    <message>
        <source>Export failed</source>
        <translation>Ошибка экспорта</translation>
    </message>
</context>
<context>
    <name>FactForm</name>
    <message>
        <source>History…</source>
        <translation type="vanished">История…</translation>
    </message>
    <message>
        <source>Earlier versions of this fact</source>
        <translation type="vanished">Предыдущие версии факта</translation>
    </message>
    <message>
        <source>Statement</source>
        <translation type="vanished">Формулировка</translation>
    </message>
    <message>
        <source>Language of the original</source>
        <translation type="vanished">Язык оригинала</translation>
    </message>
    <message>
        <source>Text</source>
        <translation type="vanished">Текст</translation>
    </message>
    <message>
        <source>&amp;Said by</source>
        <translation type="vanished">&amp;Чьё заявление</translation>
    </message>
    <message>
        <source>printed first, in one line, in the key-points section</source>
        <translation type="vanished">первой строкой раздела «Главное»</translation>
    </message>
    <message>
        <source>Classification</source>
        <translation type="vanished">Рубрикация</translation>
    </message>
    <message>
        <source>Filter themes…</source>
        <translation type="vanished">Поиск тем…</translation>
    </message>
    <message>
        <source>Themes</source>
        <translation type="vanished">Темы</translation>
    </message>
    <message>
        <source>Filter countries (name or code)…</source>
        <translation type="vanished">Поиск стран (название или код)…</translation>
    </message>
    <message>
        <source>Countries</source>
        <translation type="vanished">Страны</translation>
    </message>
    <message>
        <source>Date</source>
        <translation type="vanished">Дата</translation>
    </message>
    <message>
        <source>No event (type a name to create one)</source>
        <translation type="vanished">Без мероприятия (введите название, чтобы создать)</translation>
    </message>
    <message>
        <source>Event</source>
        <translation type="vanished">Мероприятие</translation>
    </message>
    <message>
        <source>Marking</source>
        <translation type="vanished">Гриф</translation>
    </message>
    <message>
        <source>Confidence</source>
        <translation type="vanished">Достоверность</translation>
    </message>
    <message>
        <source>Provenance</source>
        <translation type="vanished">Происхождение</translation>
    </message>
    <message>
        <source>Pick a source or type a new title</source>
        <translation type="vanished">Выберите источник или введите новое название</translation>
    </message>
    <message>
        <source>Source</source>
        <translation type="vanished">Источник</translation>
    </message>
    <message>
        <source>The exact words of the source</source>
        <translation type="vanished">Дословный текст источника</translation>
    </message>
    <message>
        <source>Exact quote</source>
        <translation type="vanished">Точная цитата</translation>
    </message>
    <message>
        <source>Page, paragraph… e.g. §10</source>
        <translation type="vanished">Страница, пункт… например, п. 10</translation>
    </message>
    <message>
        <source>Locator</source>
        <translation type="vanished">Место в источнике</translation>
    </message>
    <message>
        <source>People and organisations</source>
        <translation type="vanished">Лица и организации</translation>
    </message>
    <message>
        <source>Filter, or type a new name and press Enter</source>
        <translation type="vanished">Поиск; или введите новое имя и нажмите Enter</translation>
    </message>
    <message>
        <source>People</source>
        <translation type="vanished">Лица</translation>
    </message>
    <message>
        <source>Organisations</source>
        <translation type="vanished">Организации</translation>
    </message>
    <message>
        <source>Filter, or type a new title and press Enter</source>
        <translation type="vanished">Поиск; или введите новое название и нажмите Enter</translation>
    </message>
    <message>
        <source>Documents</source>
        <translation type="vanished">Документы</translation>
    </message>
    <message>
        <source>Figures</source>
        <translation type="vanished">Цифры</translation>
    </message>
    <message>
        <source>Key numbers stated by the fact</source>
        <translation type="vanished">Ключевые цифры, приводимые в факте</translation>
    </message>
    <message>
        <source>Restore from Bin</source>
        <translation type="vanished">Восстановить из корзины</translation>
    </message>
    <message>
        <source>Revert</source>
        <translation type="vanished">Отменить изменения</translation>
    </message>
    <message>
        <source>Discard the changes made since the last save</source>
        <translation type="vanished">Отменить изменения, сделанные после последнего сохранения</translation>
    </message>
    <message>
        <source>Save</source>
        <translation type="vanished">Сохранить</translation>
    </message>
    <message>
        <source>Save this fact (Ctrl+S)</source>
        <translation type="vanished">Сохранить факт (Ctrl+S)</translation>
    </message>
    <message>
        <source>This fact is in the Bin. Restore it to edit it.</source>
        <translation>Факт находится в корзине. Восстановите его, чтобы редактировать.</translation>
    </message>
    <message>
        <source>Version {version} was saved by someone else. Your changes are kept; saving will replace that version.</source>
        <translation>Версию {version} сохранил другой пользователь. Ваши изменения не потеряны; при сохранении они заменят эту версию.</translation>
    </message>
    <message>
        <source>Translation {code}: {message}</source>
        <translation>Перевод ({code}): {message}</translation>
    </message>
    <message>
        <source>{n} problem(s) to fix before saving</source>
        <translation type="vanished">Перед сохранением нужно исправить ошибки: {n}</translation>
    </message>
    <message numerus="yes">
        <source>%n problems to fix before saving</source>
        <translation>
            <numerusform>Перед сохранением исправьте %n ошибку</numerusform>
            <numerusform>Перед сохранением исправьте %n ошибки</numerusform>
            <numerusform>Перед сохранением исправьте %n ошибок</numerusform>
        </translation>
    </message>
    <message>
        <source>New fact</source>
        <translation>Новый факт</translation>
    </message>
    <message>
        <source>No fact selected</source>
        <translation>Факт не выбран</translation>
    </message>
    <message>
        <source>Deleted fact</source>
        <translation>Удалённый факт</translation>
    </message>
    <message>
        <source>Fact</source>
        <translation>Факт</translation>
    </message>
    <message>
        <source>(unsaved changes)</source>
        <translation>(есть несохранённые изменения)</translation>
    </message>
    <message>
        <source>Not saved yet</source>
        <translation>Ещё не сохранён</translation>
    </message>
    <message>
        <source>Version {version} · updated {when}</source>
        <translation>Версия {version} · изменено {when}</translation>
    </message>
    <message>
        <source>Identifier: {uuid}</source>
        <translation>Идентификатор: {uuid}</translation>
    </message>
</context>
<context>
    <name>FactListView</name>
    <message>
        <source>matched in its themes, source, quote, people or translations</source>
        <translation>найдено в темах, источнике, цитате, лицах или переводах</translation>
    </message>
</context>
<context>
    <name>FactTableModel</name>
    <message>
        <source>Date</source>
        <translation>Дата</translation>
    </message>
    <message>
        <source>Statement</source>
        <translation>Формулировка</translation>
    </message>
    <message>
        <source>Countries</source>
        <translation>Страны</translation>
    </message>
    <message>
        <source>Themes</source>
        <translation>Темы</translation>
    </message>
    <message>
        <source>Marking</source>
        <translation>Гриф</translation>
    </message>
    <message>
        <source>Confidence</source>
        <translation>Достоверность</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Источник</translation>
    </message>
</context>
<context>
    <name>FiguresEditor</name>
    <message>
        <source>Label</source>
        <translation>Показатель</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Значение</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>Единица</translation>
    </message>
    <message>
        <source>Qualifier</source>
        <translation>Уточнение</translation>
    </message>
    <message>
        <source>Add figure</source>
        <translation>Добавить</translation>
    </message>
    <message>
        <source>Remove figure</source>
        <translation>Убрать</translation>
    </message>
    <message>
        <source>Row {row}, {column}: {message}</source>
        <translation>Строка {row}, {column}: {message}</translation>
    </message>
</context>
<context>
    <name>FileFlows</name>
    <message>
        <source>Saved as “{name}”.</source>
        <translation>Сохранено как «{name}».</translation>
    </message>
    <message>
        <source>Opened “{name}”.</source>
        <translation>Открыто «{name}».</translation>
    </message>
    <message>
        <source>Delete saved dossier</source>
        <translation>Удалить сохранённое досье</translation>
    </message>
    <message>
        <source>Delete the saved dossier “{name}”? The facts are not touched.</source>
        <translation>Удалить сохранённое досье «{name}»? Сами факты не затрагиваются.</translation>
    </message>
    <message>
        <source>Deleted “{name}”.</source>
        <translation>«{name}» удалено.</translation>
    </message>
    <message>
        <source>Unsaved dossier</source>
        <translation>Досье не сохранено</translation>
    </message>
    <message>
        <source>This dossier has changes that are not saved. Save them?</source>
        <translation>В досье есть несохранённые изменения. Сохранить их?</translation>
    </message>
    <message>
        <source>Type a name to save the dossier under, then Save.</source>
        <translation>Введите имя досье и нажмите «Сохранить».</translation>
    </message>
    <message>
        <source>PDF documents (*.pdf)</source>
        <translation>Документы PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Word documents (*.docx)</source>
        <translation>Документы Word (*.docx)</translation>
    </message>
    <message>
        <source>Export dossier</source>
        <translation>Экспорт досье</translation>
    </message>
    <message>
        <source>A very large dossier</source>
        <translation>Очень большое досье</translation>
    </message>
    <message>
        <source>An export is already running.</source>
        <translation>Экспорт уже выполняется.</translation>
    </message>
    <message>
        <source>Export cancelled; nothing was written.</source>
        <translation>Экспорт отменён; файл не записан.</translation>
    </message>
    <message>
        <source>Exporting…</source>
        <translation>Экспорт…</translation>
    </message>
    <message>
        <source>Exported to {path}</source>
        <translation>Сохранено в {path}</translation>
    </message>
</context>
<context>
    <name>FormLayout</name>
    <message>
        <source>History…</source>
        <translation>История…</translation>
    </message>
    <message>
        <source>Earlier versions of this fact</source>
        <translation>Предыдущие версии факта</translation>
    </message>
    <message>
        <source>Statement</source>
        <translation>Формулировка</translation>
    </message>
    <message>
        <source>&amp;Written in</source>
        <translation>&amp;Язык оригинала</translation>
    </message>
    <message>
        <source>Te&amp;xt</source>
        <translation>&amp;Текст</translation>
    </message>
    <message>
        <source>&amp;Said by</source>
        <translation>&amp;Чьё заявление</translation>
    </message>
    <message>
        <source>printed first, in one line, in the key-points section</source>
        <translation>первой строкой раздела «Главное»</translation>
    </message>
    <message>
        <source>Classification</source>
        <translation>Рубрикация</translation>
    </message>
    <message>
        <source>Filter themes…</source>
        <translation>Поиск тем…</translation>
    </message>
    <message>
        <source>The&amp;mes</source>
        <translation>Т&amp;емы</translation>
    </message>
    <message>
        <source>Filter countries (name or code)…</source>
        <translation>Поиск стран (название или код)…</translation>
    </message>
    <message>
        <source>&amp;Countries</source>
        <translation>&amp;Страны</translation>
    </message>
    <message>
        <source>Da&amp;te</source>
        <translation>&amp;Дата</translation>
    </message>
    <message>
        <source>No event (type a name to create one)</source>
        <translation>Без мероприятия (введите название, чтобы создать)</translation>
    </message>
    <message>
        <source>Eve&amp;nt</source>
        <translation>&amp;Мероприятие</translation>
    </message>
    <message>
        <source>Mark&amp;ing</source>
        <translation>&amp;Гриф</translation>
    </message>
    <message>
        <source>C&amp;onfidence</source>
        <translation>Досто&amp;верность</translation>
    </message>
    <message>
        <source>Provenance</source>
        <translation>Происхождение</translation>
    </message>
    <message>
        <source>Pick a source or type a new title</source>
        <translation>Выберите источник или введите новое название</translation>
    </message>
    <message>
        <source>Sou&amp;rce</source>
        <translation>&amp;Источник</translation>
    </message>
    <message>
        <source>The exact words of the source</source>
        <translation>Дословный текст источника</translation>
    </message>
    <message>
        <source>Exact &amp;quote</source>
        <translation>Дословная &amp;цитата</translation>
    </message>
    <message>
        <source>Page, paragraph… e.g. §10</source>
        <translation>Страница, пункт… например, п. 10</translation>
    </message>
    <message>
        <source>&amp;Locator</source>
        <translation>&amp;Расположение в источнике</translation>
    </message>
    <message>
        <source>People and organisations</source>
        <translation>Лица и организации</translation>
    </message>
    <message>
        <source>Filter, or type a new name and press Enter</source>
        <translation>Поиск; или введите новое имя и нажмите Enter</translation>
    </message>
    <message>
        <source>&amp;People</source>
        <translation>&amp;Лица</translation>
    </message>
    <message>
        <source>Or&amp;ganisations</source>
        <translation>&amp;Организации</translation>
    </message>
    <message>
        <source>Filter, or type a new title and press Enter</source>
        <translation>Поиск; или введите новое название и нажмите Enter</translation>
    </message>
    <message>
        <source>Doc&amp;uments</source>
        <translation>Док&amp;ументы</translation>
    </message>
    <message>
        <source>Figures</source>
        <translation>Цифры</translation>
    </message>
    <message>
        <source>Ke&amp;y numbers stated by the fact</source>
        <translation>&amp;Ключевые цифры факта</translation>
    </message>
    <message>
        <source>Restore from Bin</source>
        <translation>Восстановить из корзины</translation>
    </message>
    <message>
        <source>Revert</source>
        <translation>Отменить изменения</translation>
    </message>
    <message>
        <source>Discard the changes made since the last save</source>
        <translation>Отменить изменения, сделанные после последнего сохранения</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Сохранить</translation>
    </message>
    <message>
        <source>Save this fact (Ctrl+S)</source>
        <translation>Сохранить факт (Ctrl+S)</translation>
    </message>
</context>
<context>
    <name>ImportReviewDialog</name>
    <message>
        <source>Import a document</source>
        <translation>Импорт документа</translation>
    </message>
    <message>
        <source>&amp;Open a document…</source>
        <translation>&amp;Открыть документ…</translation>
    </message>
    <message>
        <source>&amp;Paste text</source>
        <translation>Вс&amp;тавить текст</translation>
    </message>
    <message>
        <source>(no event)</source>
        <translation>(без мероприятия)</translation>
    </message>
    <message>
        <source>the document&apos;s own title</source>
        <translation>название самого документа</translation>
    </message>
    <message>
        <source>Event:</source>
        <translation>Мероприятие:</translation>
    </message>
    <message>
        <source>Source title:</source>
        <translation>Название источника:</translation>
    </message>
    <message>
        <source>Theme &amp;keywords…</source>
        <translation>&amp;Ключевые слова тем…</translation>
    </message>
    <message>
        <source>The words that suggest each theme</source>
        <translation>Слова, по которым предлагается каждая тема</translation>
    </message>
    <message>
        <source>Open a document (text, Markdown, HTML, DOCX, PDF) or paste its text.</source>
        <translation>Откройте документ (текст, Markdown, HTML, DOCX, PDF) или вставьте его текст.</translation>
    </message>
    <message>
        <source>Statement</source>
        <translation>Формулировка</translation>
    </message>
    <message>
        <source>Countries</source>
        <translation>Страны</translation>
    </message>
    <message>
        <source>Themes</source>
        <translation>Темы</translation>
    </message>
    <message>
        <source>People</source>
        <translation>Лица</translation>
    </message>
    <message>
        <source>Organisations</source>
        <translation>Организации</translation>
    </message>
    <message>
        <source>Why</source>
        <translation>Основание</translation>
    </message>
    <message>
        <source>&amp;Accept ticked</source>
        <translation>&amp;Принять отмеченные</translation>
    </message>
    <message>
        <source>Accept a&amp;ll</source>
        <translation>Принять &amp;все</translation>
    </message>
    <message>
        <source>&amp;Reject ticked</source>
        <translation>Отк&amp;лонить отмеченные</translation>
    </message>
    <message>
        <source>&amp;Merge with next</source>
        <translation>Объ&amp;единить со следующим</translation>
    </message>
    <message>
        <source>One candidate of this one and the next (same paragraph)</source>
        <translation>Один кандидат из этого и следующего (тот же абзац)</translation>
    </message>
    <message>
        <source>S&amp;plit at cursor</source>
        <translation>&amp;Разделить по курсору</translation>
    </message>
    <message>
        <source>Click in the highlighted quote where the second candidate should begin</source>
        <translation>Щёлкните в выделенной цитате там, где должен начинаться второй кандидат</translation>
    </message>
    <message>
        <source>&amp;Close</source>
        <translation>&amp;Закрыть</translation>
    </message>
    <message>
        <source>Open a document</source>
        <translation>Открыть документ</translation>
    </message>
    <message>
        <source>The clipboard holds no text.</source>
        <translation>В буфере обмена нет текста.</translation>
    </message>
    <message>
        <source>Reading…</source>
        <translation>Чтение…</translation>
    </message>
    <message>
        <source>Reading the document…</source>
        <translation>Чтение документа…</translation>
    </message>
    <message>
        <source>{done} of {total} paragraphs analysed</source>
        <translation>Проанализировано абзацев: {done} из {total}</translation>
    </message>
    <message>
        <source>{n} candidates from “{title}” ({language}); tick, edit, accept.</source>
        <translation>Кандидатов из «{title}» ({language}): {n}; отметьте, отредактируйте, примите.</translation>
    </message>
    <message>
        <source>Reading cancelled: nothing was imported.</source>
        <translation>Чтение отменено: ничего не импортировано.</translation>
    </message>
    <message>
        <source>Restates a fact already in the base</source>
        <translation>Повторяет факт, уже имеющийся в базе</translation>
    </message>
    <message>
        <source>nothing suggested</source>
        <translation>ничего не предложено</translation>
    </message>
    <message>
        <source>Tick the candidates to accept first.</source>
        <translation>Сначала отметьте кандидатов, которых нужно принять.</translation>
    </message>
    <message>
        <source>Nothing was saved.</source>
        <translation>Ничего не сохранено.</translation>
    </message>
    <message>
        <source>{n} facts added.</source>
        <translation>Добавлено фактов: {n}.</translation>
    </message>
    <message>
        <source>{n} candidates rejected.</source>
        <translation>Отклонено кандидатов: {n}.</translation>
    </message>
</context>
<context>
    <name>KeyPointBox</name>
    <message>
        <source>&amp;Key point</source>
        <translation>&amp;Главное</translation>
    </message>
    <message>
        <source>Printed first, in one line, in the dossier&apos;s key-points section (Alt+K)</source>
        <translation>Печатается первым, одной строкой, в разделе досье «Главное» (Alt+K)</translation>
    </message>
</context>
<context>
    <name>LayoutFlows</name>
    <message>
        <source>Replace the fact sections</source>
        <translation>Заменить разделы с фактами</translation>
    </message>
    <message>
        <source>You left out facts in {n} of the fact sections. Laying out the dossier again replaces its fact sections and forgets those choices. Continue?</source>
        <translation>Из некоторых разделов с фактами (всего таких разделов: {n}) вы исключили факты. Новая раскладка заменит разделы с фактами, и этот выбор будет потерян. Продолжить?</translation>
    </message>
    <message>
        <source>Laying out the sections…</source>
        <translation>Раскладка по разделам…</translation>
    </message>
    <message>
        <source>{n} fact sections laid out.</source>
        <translation>Разделов с фактами: {n}.</translation>
    </message>
    <message>
        <source>No facts to lay out within this event and ceiling.</source>
        <translation>Для этого мероприятия и предельного грифа нет фактов.</translation>
    </message>
    <message>
        <source>Cannot lay out the dossier: {error}</source>
        <translation>Не удаётся разложить досье: {error}</translation>
    </message>
</context>
<context>
    <name>ListFlows</name>
    <message>
        <source>Showing the Bin (deleted facts)</source>
        <translation>Показана корзина (удалённые факты)</translation>
    </message>
    <message>
        <source>Filtered by: {what}</source>
        <translation>Фильтр: {what}</translation>
    </message>
    <message>
        <source>This column cannot be sorted.</source>
        <translation>Этот столбец нельзя отсортировать.</translation>
    </message>
    <message>
        <source>Select a fact to see and edit it.

Ctrl+N creates a new fact.</source>
        <translation>Выберите факт, чтобы просмотреть и изменить его.

Ctrl+N — новый факт.</translation>
    </message>
    <message>
        <source>The Bin is empty.

Deleted facts wait here until restored.</source>
        <translation>Корзина пуста.

Удалённые факты хранятся здесь, пока их не восстановят.</translation>
    </message>
    <message>
        <source>No fact matches these filters.

Ctrl+Shift+L clears them.</source>
        <translation>Нет фактов, отвечающих этим фильтрам.

Ctrl+Shift+L сбрасывает фильтры.</translation>
    </message>
    <message>
        <source>No facts yet.

Ctrl+N creates the first one.</source>
        <translation>Фактов пока нет.

Ctrl+N — создать первый.</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>the database</source>
        <translation>базы данных</translation>
    </message>
    <message>
        <source>The database could not be opened.</source>
        <translation>Не удалось открыть базу данных.</translation>
    </message>
    <message>
        <source>Briefing — {name}</source>
        <translation type="vanished">Briefing — {name}</translation>
    </message>
    <message>
        <source>{name} — Briefing</source>
        <translation>{name} — Briefing</translation>
    </message>
    <message>
        <source>Search facts (Ctrl+F) — accents and case ignored</source>
        <translation>Поиск фактов (Ctrl+F) — без учёта регистра и диакритики</translation>
    </message>
    <message>
        <source>Search facts</source>
        <translation>Поиск фактов</translation>
    </message>
    <message>
        <source>Clear filters</source>
        <translation>Сбросить фильтры</translation>
    </message>
    <message>
        <source>Facts</source>
        <translation type="vanished">Факты</translation>
    </message>
    <message>
        <source>&amp;New fact</source>
        <translation type="vanished">&amp;Новый факт</translation>
    </message>
    <message>
        <source>Create a fact (Ctrl+N)</source>
        <translation type="vanished">Создать факт (Ctrl+N)</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation type="vanished">&amp;Сохранить</translation>
    </message>
    <message>
        <source>Save the fact being edited (Ctrl+S)</source>
        <translation type="vanished">Сохранить редактируемый факт (Ctrl+S)</translation>
    </message>
    <message>
        <source>&amp;Revert changes</source>
        <translation type="vanished">&amp;Отменить изменения</translation>
    </message>
    <message>
        <source>Discard the edits made since the last save</source>
        <translation type="vanished">Отменить правки, сделанные после последнего сохранения</translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation type="vanished">&amp;Удалить</translation>
    </message>
    <message>
        <source>Move the selected facts to the Bin (Delete)</source>
        <translation type="vanished">Переместить выбранные факты в корзину (Delete)</translation>
    </message>
    <message>
        <source>Res&amp;tore</source>
        <translation type="vanished">&amp;Восстановить</translation>
    </message>
    <message>
        <source>Bring the selected facts back from the Bin</source>
        <translation type="vanished">Вернуть выбранные факты из корзины</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation type="vanished">&amp;Отменить</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation type="vanished">&amp;Повторить</translation>
    </message>
    <message>
        <source>&amp;Find…</source>
        <translation type="vanished">&amp;Найти…</translation>
    </message>
    <message>
        <source>Search the facts (Ctrl+F)</source>
        <translation type="vanished">Поиск по фактам (Ctrl+F)</translation>
    </message>
    <message>
        <source>&amp;Clear filters</source>
        <translation type="vanished">&amp;Сбросить фильтры</translation>
    </message>
    <message>
        <source>Show all facts</source>
        <translation type="vanished">Показать все факты</translation>
    </message>
    <message>
        <source>Select &amp;all facts</source>
        <translation type="vanished">Выделить &amp;все факты</translation>
    </message>
    <message>
        <source>&amp;Dossier builder…</source>
        <translation type="vanished">&amp;Подготовка досье…</translation>
    </message>
    <message>
        <source>Build a briefing book from the facts (Ctrl+B)</source>
        <translation type="vanished">Подготовить справочные материалы из фактов (Ctrl+B)</translation>
    </message>
    <message>
        <source>New dossier by &amp;theme</source>
        <translation type="vanished">Новое досье по &amp;темам</translation>
    </message>
    <message>
        <source>New dossier by &amp;country</source>
        <translation type="vanished">Новое досье по &amp;странам</translation>
    </message>
    <message>
        <source>&amp;Add selected facts to the dossier</source>
        <translation type="vanished">&amp;Добавить выбранные факты в досье</translation>
    </message>
    <message>
        <source>&amp;Export PDF…</source>
        <translation type="vanished">&amp;Экспорт в PDF…</translation>
    </message>
    <message>
        <source>Export the dossier being built to PDF (Ctrl+E)</source>
        <translation type="vanished">Экспортировать подготавливаемое досье в PDF (Ctrl+E)</translation>
    </message>
    <message>
        <source>Export &amp;DOCX…</source>
        <translation type="vanished">Экспорт в &amp;DOCX…</translation>
    </message>
    <message>
        <source>Se&amp;ttings…</source>
        <translation type="vanished">&amp;Настройки…</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation type="vanished">В&amp;ыход</translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation type="vanished">&amp;Обновить</translation>
    </message>
    <message>
        <source>Show the &amp;Bin</source>
        <translation type="vanished">Показать &amp;корзину</translation>
    </message>
    <message>
        <source>&amp;Navigator</source>
        <translation type="vanished">&amp;Навигатор</translation>
    </message>
    <message>
        <source>&amp;Details</source>
        <translation type="vanished">&amp;Подробности</translation>
    </message>
    <message>
        <source>&amp;History…</source>
        <translation type="vanished">&amp;История…</translation>
    </message>
    <message>
        <source>&amp;People…</source>
        <translation type="vanished">&amp;Лица…</translation>
    </message>
    <message>
        <source>&amp;Organisations…</source>
        <translation type="vanished">&amp;Организации…</translation>
    </message>
    <message>
        <source>&amp;Themes…</source>
        <translation type="vanished">&amp;Темы…</translation>
    </message>
    <message>
        <source>&amp;Sources…</source>
        <translation type="vanished">&amp;Источники…</translation>
    </message>
    <message>
        <source>&amp;Events…</source>
        <translation type="vanished">&amp;Мероприятия…</translation>
    </message>
    <message>
        <source>&amp;About Briefing</source>
        <translation type="vanished">&amp;О программе Briefing</translation>
    </message>
    <message>
        <source>About &amp;Qt</source>
        <translation type="vanished">О &amp;Qt</translation>
    </message>
    <message>
        <source>Open the &amp;log folder</source>
        <translation type="vanished">Открыть папку &amp;журнала</translation>
    </message>
    <message>
        <source>&amp;Keyboard shortcuts</source>
        <translation type="vanished">&amp;Сочетания клавиш</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation type="vanished">&amp;Файл</translation>
    </message>
    <message>
        <source>&amp;Import a bundle…</source>
        <translation type="vanished">Импорт &amp;пакета…</translation>
    </message>
    <message>
        <source>E&amp;xport a bundle…</source>
        <translation type="vanished">Экспорт п&amp;акета…</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation type="vanished">&amp;Правка</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation type="vanished">&amp;Вид</translation>
    </message>
    <message>
        <source>F&amp;act</source>
        <translation type="vanished">Ф&amp;акт</translation>
    </message>
    <message>
        <source>&amp;Reference data</source>
        <translation type="vanished">&amp;Справочники</translation>
    </message>
    <message>
        <source>&amp;Country notes…</source>
        <translation type="vanished">Справки по &amp;странам…</translation>
    </message>
    <message>
        <source>&amp;Import a document…</source>
        <translation type="vanished">Им&amp;порт документа…</translation>
    </message>
    <message>
        <source>&amp;Dossier</source>
        <translation type="vanished">&amp;Досье</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation type="vanished">&amp;Справка</translation>
    </message>
    <message>
        <source>Main toolbar</source>
        <translation type="vanished">Основная панель инструментов</translation>
    </message>
    <message>
        <source>Search failed: {m}</source>
        <translation type="vanished">Ошибка поиска: {m}</translation>
    </message>
    <message>
        <source>Showing the Bin (deleted facts)</source>
        <translation type="vanished">Показана корзина (удалённые факты)</translation>
    </message>
    <message>
        <source>Filtered by: {what}</source>
        <translation type="vanished">Фильтр: {what}</translation>
    </message>
    <message>
        <source>This column cannot be sorted.</source>
        <translation type="vanished">Этот столбец нельзя отсортировать.</translation>
    </message>
    <message>
        <source>{shown}+ facts shown / {total} total (counting…)</source>
        <translation type="vanished">Показано фактов: {shown}+ из {total} (подсчёт…)</translation>
    </message>
    <message>
        <source>{n} facts in the Bin</source>
        <translation type="vanished">Фактов в корзине: {n}</translation>
    </message>
    <message>
        <source>{shown} facts shown / {total} total</source>
        <translation type="vanished">Показано фактов: {shown} из {total}</translation>
    </message>
    <message>
        <source>Select a fact to see and edit it.

Ctrl+N creates a new fact.</source>
        <translation type="vanished">Выберите факт, чтобы просмотреть и изменить его.

Ctrl+N — новый факт.</translation>
    </message>
    <message>
        <source>No fact matches these filters.

Ctrl+Shift+L clears them.</source>
        <translation type="vanished">Нет фактов, отвечающих этим фильтрам.

Ctrl+Shift+L сбрасывает фильтры.</translation>
    </message>
    <message>
        <source>No facts yet.

Ctrl+N creates the first one.</source>
        <translation type="vanished">Фактов пока нет.

Ctrl+N — создать первый.</translation>
    </message>
    <message>
        <source>Not saved: fix the fields marked in red.</source>
        <translation type="vanished">Не сохранено: исправьте поля, отмеченные красным.</translation>
    </message>
    <message>
        <source>Saved.</source>
        <translation type="vanished">Сохранено.</translation>
    </message>
    <message>
        <source>Reloaded the saved version.</source>
        <translation type="vanished">Загружена сохранённая версия.</translation>
    </message>
    <message>
        <source>Move this fact to the Bin?

“{fact}”

You can restore it from the Bin.</source>
        <translation type="vanished">Переместить факт в корзину?

«{fact}»

Его можно будет восстановить из корзины.</translation>
    </message>
    <message>
        <source>Move {n} facts to the Bin? You can restore them from the Bin.</source>
        <translation type="vanished">Переместить выбранные факты в корзину (всего: {n})? Их можно будет восстановить из корзины.</translation>
    </message>
    <message>
        <source>Delete facts</source>
        <translation type="vanished">Удаление фактов</translation>
    </message>
    <message>
        <source>Delete {n} facts</source>
        <translation type="vanished">Удаление фактов ({n})</translation>
    </message>
    <message>
        <source>Moved {n} facts to the Bin. Undo with Ctrl+Z.</source>
        <translation type="vanished">Перемещено в корзину фактов: {n}. Отменить — Ctrl+Z.</translation>
    </message>
    <message>
        <source>Restore {n} facts</source>
        <translation type="vanished">Восстановление фактов ({n})</translation>
    </message>
    <message>
        <source>Restored {n} facts.</source>
        <translation type="vanished">Восстановлено фактов: {n}.</translation>
    </message>
    <message>
        <source>Delete saved dossier</source>
        <translation type="vanished">Удалить сохранённое досье</translation>
    </message>
    <message>
        <source>Delete the saved dossier “{name}”? The facts are not touched.</source>
        <translation type="vanished">Удалить сохранённое досье «{name}»? Сами факты не затрагиваются.</translation>
    </message>
    <message>
        <source>People</source>
        <translation type="vanished">Лица</translation>
    </message>
    <message>
        <source>Organisations</source>
        <translation type="vanished">Организации</translation>
    </message>
    <message>
        <source>Themes</source>
        <translation type="vanished">Темы</translation>
    </message>
    <message>
        <source>Sources</source>
        <translation type="vanished">Источники</translation>
    </message>
    <message>
        <source>Events</source>
        <translation type="vanished">Мероприятия</translation>
    </message>
    <message>
        <source>Exported to {path}</source>
        <translation type="vanished">Сохранено в {path}</translation>
    </message>
    <message>
        <source>Add sections first (for example, one per theme).</source>
        <translation type="vanished">Сначала добавьте разделы (например, по темам).</translation>
    </message>
    <message>
        <source>About Briefing</source>
        <translation>О программе Briefing</translation>
    </message>
    <message>
        <source>Briefing keeps facts with their provenance and prints briefing books (DOCX and PDF) by theme or by country. It works entirely offline.</source>
        <translation>Briefing хранит факты вместе с их источниками и готовит справочные материалы (DOCX и PDF) по темам или по странам. Программа работает полностью автономно, без сети.</translation>
    </message>
    <message>
        <source>Export running</source>
        <translation>Идёт экспорт</translation>
    </message>
    <message>
        <source>A dossier is being exported. Cancel the export and quit?</source>
        <translation>Идёт экспорт досье. Прервать экспорт и выйти?</translation>
    </message>
    <message numerus="yes">
        <source>%Ln facts in the Bin</source>
        <translation>
            <numerusform>%Ln факт в корзине</numerusform>
            <numerusform>%Ln факта в корзине</numerusform>
            <numerusform>%Ln фактов в корзине</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln facts shown / {total} total</source>
        <translation>
            <numerusform>%Ln факт на экране / всего {total}</numerusform>
            <numerusform>%Ln факта на экране / всего {total}</numerusform>
            <numerusform>%Ln фактов на экране / всего {total}</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln+ facts shown / {total} total (counting…)</source>
        <translation>
            <numerusform>%Ln+ факт на экране / всего {total} (подсчёт…)</numerusform>
            <numerusform>%Ln+ факта на экране / всего {total} (подсчёт…)</numerusform>
            <numerusform>%Ln+ фактов на экране / всего {total} (подсчёт…)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Delete %n facts</source>
        <translation>
            <numerusform>Удалить %n факт</numerusform>
            <numerusform>Удалить %n факта</numerusform>
            <numerusform>Удалить %n фактов</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Move %n facts to the Bin? You can restore them from the Bin.</source>
        <translation>
            <numerusform>Переместить %n факт в корзину? Его можно будет восстановить из корзины.</numerusform>
            <numerusform>Переместить %n факта в корзину? Их можно будет восстановить из корзины.</numerusform>
            <numerusform>Переместить %n фактов в корзину? Их можно будет восстановить из корзины.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Moved %n facts to the Bin. Undo with Ctrl+Z.</source>
        <translation>
            <numerusform>%n факт перемещён в корзину. Отменить: Ctrl+Z.</numerusform>
            <numerusform>%n факта перемещены в корзину. Отменить: Ctrl+Z.</numerusform>
            <numerusform>%n фактов перемещено в корзину. Отменить: Ctrl+Z.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Restore %n facts</source>
        <translation>
            <numerusform>Восстановить %n факт</numerusform>
            <numerusform>Восстановить %n факта</numerusform>
            <numerusform>Восстановить %n фактов</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Restored %n facts.</source>
        <translation>
            <numerusform>Восстановлен %n факт.</numerusform>
            <numerusform>Восстановлено %n факта.</numerusform>
            <numerusform>Восстановлено %n фактов.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Navigator</name>
    <message>
        <source>Navigator</source>
        <translation>Навигатор</translation>
    </message>
    <message>
        <source>Click to filter the list; Ctrl+click to combine themes, countries...</source>
        <translation>Щелчок — отфильтровать список; Ctrl+щелчок — сочетать темы, страны…</translation>
    </message>
    <message>
        <source>All facts</source>
        <translation>Все факты</translation>
    </message>
    <message>
        <source>Themes</source>
        <translation>Темы</translation>
    </message>
    <message>
        <source>Countries</source>
        <translation>Страны</translation>
    </message>
    <message>
        <source>Events</source>
        <translation>Мероприятия</translation>
    </message>
    <message>
        <source>Markings</source>
        <translation>Грифы</translation>
    </message>
    <message>
        <source>Translations</source>
        <translation>Переводы</translation>
    </message>
    <message>
        <source>Dossiers</source>
        <translation>Досье</translation>
    </message>
    <message>
        <source>Bin</source>
        <translation>Корзина</translation>
    </message>
    <message>
        <source>Deleted facts, which can be restored</source>
        <translation>Удалённые факты, которые можно восстановить</translation>
    </message>
    <message>
        <source>Open this saved dossier in the builder</source>
        <translation>Открыть сохранённое досье для подготовки</translation>
    </message>
    <message>
        <source>None saved yet</source>
        <translation>Сохранённых пока нет</translation>
    </message>
    <message>
        <source>Save a dossier from the builder to find it here</source>
        <translation>Сохраните досье в окне подготовки, и оно появится здесь</translation>
    </message>
    <message>
        <source>English</source>
        <translation>английский</translation>
    </message>
    <message>
        <source>French</source>
        <translation>французский</translation>
    </message>
    <message>
        <source>Russian</source>
        <translation>русский</translation>
    </message>
    <message>
        <source>Missing in {language}</source>
        <translation>Нет перевода: {language}</translation>
    </message>
    <message>
        <source>Facts with no translation in this language</source>
        <translation>Факты без перевода на этот язык</translation>
    </message>
    <message>
        <source>Outdated in {language}</source>
        <translation>Перевод устарел: {language}</translation>
    </message>
    <message>
        <source>Facts whose translation predates an edit of the original</source>
        <translation>Факты, перевод которых сделан до правки оригинала</translation>
    </message>
    <message>
        <source>No date</source>
        <translation>Без даты</translation>
    </message>
    <message>
        <source>Edit theme…</source>
        <translation>Изменить тему…</translation>
    </message>
    <message>
        <source>New theme…</source>
        <translation>Новая тема…</translation>
    </message>
    <message>
        <source>Edit event…</source>
        <translation>Изменить мероприятие…</translation>
    </message>
    <message>
        <source>New event…</source>
        <translation>Новое мероприятие…</translation>
    </message>
    <message>
        <source>Open in the builder</source>
        <translation>Открыть в окне подготовки</translation>
    </message>
    <message>
        <source>Delete this saved dossier…</source>
        <translation>Удалить это сохранённое досье…</translation>
    </message>
    <message>
        <source>Filter themes, countries, events…</source>
        <translation>Поиск тем, стран, мероприятий…</translation>
    </message>
    <message>
        <source>Filter the navigator</source>
        <translation>Фильтр навигатора</translation>
    </message>
</context>
<context>
    <name>OpenFlows</name>
    <message>
        <source>Opening {name}…</source>
        <translation>Открытие {name}…</translation>
    </message>
    <message>
        <source>Preparing your first base…

Briefing creates {name} and loads the sample summit into it. This happens once and takes a few seconds.</source>
        <translation>Подготовка вашей первой базы…

Briefing создаёт {name} и загружает в неё пример саммита. Это происходит один раз и занимает несколько секунд.</translation>
    </message>
    <message>
        <source>Preparing your first base…</source>
        <translation>Подготовка вашей первой базы…</translation>
    </message>
    <message>
        <source>The database could not be opened.</source>
        <translation>Не удалось открыть базу данных.</translation>
    </message>
    <message>
        <source>Facts</source>
        <translation>Факты</translation>
    </message>
    <message>
        <source>Search failed: {m}</source>
        <translation>Ошибка поиска: {m}</translation>
    </message>
</context>
<context>
    <name>OrganisationDialog</name>
    <message>
        <source>Edit organisation</source>
        <translation>Изменить организацию</translation>
    </message>
    <message>
        <source>New organisation</source>
        <translation>Новая организация</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Название</translation>
    </message>
    <message>
        <source>Other names, acronyms</source>
        <translation>Другие названия, сокращения</translation>
    </message>
    <message>
        <source>One per line, language in brackets: CEI [fr]</source>
        <translation>По одному в строке, язык в скобках: СНГ [ru]</translation>
    </message>
</context>
<context>
    <name>PagePreview</name>
    <message>
        <source>Pages</source>
        <translation>Страницы</translation>
    </message>
    <message>
        <source>Printed content</source>
        <translation>Содержание для печати</translation>
    </message>
    <message>
        <source>Outline</source>
        <translation>Структура</translation>
    </message>
    <message>
        <source>Page {page} of {pages}</source>
        <translation>Страница {page} из {pages}</translation>
    </message>
</context>
<context>
    <name>PersonDialog</name>
    <message>
        <source>Edit person</source>
        <translation>Изменить данные лица</translation>
    </message>
    <message>
        <source>New person</source>
        <translation>Новое лицо</translation>
    </message>
    <message>
        <source>Head of state</source>
        <translation>Глава государства</translation>
    </message>
    <message>
        <source>Head of government</source>
        <translation>Глава правительства</translation>
    </message>
    <message>
        <source>Minister</source>
        <translation>Министр</translation>
    </message>
    <message>
        <source>Official</source>
        <translation>Должностное лицо</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Другое</translation>
    </message>
    <message>
        <source>&amp;Name</source>
        <translation>&amp;Имя</translation>
    </message>
    <message>
        <source>As facts name the person, e.g. Emomali Rahmon</source>
        <translation>Как лицо названо в фактах, например Эмомали Рахмон</translation>
    </message>
    <message>
        <source>&amp;Role</source>
        <translation>&amp;Должность</translation>
    </message>
    <message>
        <source>e.g. President of Tajikistan</source>
        <translation>например, Президент Таджикистана</translation>
    </message>
    <message>
        <source>Countr&amp;y</source>
        <translation>&amp;Страна</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(нет)</translation>
    </message>
    <message>
        <source>&amp;Organisation</source>
        <translation>&amp;Организация</translation>
    </message>
    <message>
        <source>Orders the dossier&apos;s who&apos;s who (protocol order)</source>
        <translation>Порядок в разделе «Кто есть кто» (протокольное старшинство)</translation>
    </message>
    <message>
        <source>&amp;Protocol rank</source>
        <translation>&amp;Протокольное старшинство</translation>
    </message>
    <message>
        <source>Other &amp;spellings</source>
        <translation>Другие &amp;написания</translation>
    </message>
    <message>
        <source>One per line, language in brackets: Рахмон [ru]</source>
        <translation>По одному в строке, язык в скобках: Рахмон [ru]</translation>
    </message>
    <message>
        <source>In each dossier language</source>
        <translation>На каждом языке досье</translation>
    </message>
    <message>
        <source>Name as written</source>
        <translation>Имя в написании</translation>
    </message>
    <message>
        <source>Short biography (Markdown, one to three sentences)</source>
        <translation>Краткая биография (Markdown, одно–три предложения)</translation>
    </message>
    <message>
        <source>As {language} writes it</source>
        <translation>Написание ({language})</translation>
    </message>
    <message>
        <source>Same as the name</source>
        <translation>Как в названии</translation>
    </message>
    <message>
        <source>Name in {language}</source>
        <translation>Имя ({language})</translation>
    </message>
    <message>
        <source>Biography in {language}</source>
        <translation>Биография ({language})</translation>
    </message>
</context>
<context>
    <name>PreviewFlows</name>
    <message>
        <source>Refresh</source>
        <translation>Обновить</translation>
    </message>
    <message>
        <source>Printed content</source>
        <translation type="vanished">Содержание для печати</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Отмена</translation>
    </message>
    <message>
        <source>Fix the marked fields to see the preview.</source>
        <translation>Исправьте отмеченные поля, чтобы увидеть предпросмотр.</translation>
    </message>
    <message>
        <source>Assembling…</source>
        <translation>Сборка…</translation>
    </message>
    <message>
        <source>Preview cancelled.</source>
        <translation>Предпросмотр отменён.</translation>
    </message>
    <message>
        <source>Rendering the first pages…</source>
        <translation>Вёрстка первых страниц…</translation>
    </message>
    <message>
        <source>Rendering the preview…</source>
        <translation>Вёрстка предпросмотра…</translation>
    </message>
    <message>
        <source>Cannot preview the dossier: {error}</source>
        <translation>Не удаётся показать предпросмотр досье: {error}</translation>
    </message>
    <message>
        <source>The outline follows the pages…</source>
        <translation>Структура появится после страниц…</translation>
    </message>
    <message>
        <source>The outline and the counts of the whole dossier follow the pages.</source>
        <translation>Структура и подсчёты по всему досье появятся после страниц.</translation>
    </message>
    <message numerus="yes">
        <source>%Ln withheld by the ceiling</source>
        <translation>
            <numerusform>%Ln не печатается (гриф выше предельного)</numerusform>
            <numerusform>%Ln не печатаются (гриф выше предельного)</numerusform>
            <numerusform>%Ln не печатается (гриф выше предельного)</numerusform>
        </translation>
    </message>
    <message>
        <source>(first {n} listed in the outline)</source>
        <translation>(в структуре показаны первые {n})</translation>
    </message>
    <message>
        <source>Cannot open the rendered preview.</source>
        <translation>Не удаётся открыть свёрстанный предпросмотр.</translation>
    </message>
    <message numerus="yes">
        <source>First %Ln pages — rendering the full preview…</source>
        <translation>
            <numerusform>Первая %Ln страница — вёрстка полного предпросмотра…</numerusform>
            <numerusform>Первые %Ln страницы — вёрстка полного предпросмотра…</numerusform>
            <numerusform>Первые %Ln страниц — вёрстка полного предпросмотра…</numerusform>
        </translation>
    </message>
    <message>
        <source>The preview shows the first {pages} of about {estimate} pages ({facts} of {total} fact entries). Export the dossier to read it all.</source>
        <translation>Предпросмотр показывает первые {pages} из примерно {estimate} страниц ({facts} из {total} записей с фактами). Экспортируйте досье, чтобы прочитать его целиком.</translation>
    </message>
    <message>
        <source>Cannot assemble the dossier: {error}</source>
        <translation type="vanished">Не удаётся собрать досье: {error}</translation>
    </message>
    <message>
        <source>{size} · {language} · printed marking {marking} · {facts} fact entries · {sources} sources</source>
        <translation>{size} · {language} · гриф на печати: {marking} · записей с фактами: {facts} · источников: {sources}</translation>
    </message>
    <message>
        <source>(first {n} listed)</source>
        <translation type="vanished">(показаны первые {n})</translation>
    </message>
</context>
<context>
    <name>ProgressPanel</name>
    <message>
        <source>Cancel</source>
        <translation>Отмена</translation>
    </message>
    <message>
        <source>Cancel the import</source>
        <translation>Отменить импорт</translation>
    </message>
    <message>
        <source>{progress} — {left}</source>
        <translation>{progress} — {left}</translation>
    </message>
    <message>
        <source>about {n} s left</source>
        <translation>осталось около {n} с</translation>
    </message>
    <message>
        <source>about {n} min left</source>
        <translation>осталось около {n} мин</translation>
    </message>
    <message>
        <source>Cancelling…</source>
        <translation>Отмена…</translation>
    </message>
</context>
<context>
    <name>QFileDialog</name>
    <message>
        <source>&amp;Look in:</source>
        <translation>&amp;Перейти к:</translation>
    </message>
    <message>
        <source>Files of &amp;type:</source>
        <translation>&amp;Типы файлов:</translation>
    </message>
</context>
<context>
    <name>QuoteFlag</name>
    <message>
        <source>⚠ The saved quote is not in the stored text of “{source}”: it was edited, or the text changed. Check it against the source.</source>
        <translation>⚠ Сохранённой цитаты нет в сохранённом тексте «{source}»: её изменили или изменился текст. Сверьте её с источником.</translation>
    </message>
    <message>
        <source>⚠ The locator says {locator}, but the stored text of the source has this quote at {found}.</source>
        <translation>⚠ Указано место {locator}, но в сохранённом тексте источника эта цитата находится в {found}.</translation>
    </message>
    <message>
        <source>⚠ The locator says {locator}, but this quote runs across several paragraphs of the source&apos;s stored text.</source>
        <translation>⚠ Указано место {locator}, но эта цитата занимает несколько абзацев сохранённого текста источника.</translation>
    </message>
</context>
<context>
    <name>RevisionsDialog</name>
    <message>
        <source>History of the fact</source>
        <translation>История факта</translation>
    </message>
    <message>
        <source>Version</source>
        <translation>Версия</translation>
    </message>
    <message>
        <source>Saved</source>
        <translation>Сохранено</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>Изменение</translation>
    </message>
    <message>
        <source>(current)</source>
        <translation>(текущая)</translation>
    </message>
    <message>
        <source>in the Bin</source>
        <translation>в корзине</translation>
    </message>
    <message>
        <source>Restore this version</source>
        <translation>Восстановить эту версию</translation>
    </message>
    <message>
        <source>Save this version&apos;s content as the newest version (history is kept)</source>
        <translation>Сохранить содержимое этой версии как новейшую (история сохраняется)</translation>
    </message>
    <message>
        <source>Statement then</source>
        <translation type="vanished">Формулировка на тот момент</translation>
    </message>
    <message>
        <source>current</source>
        <translation type="vanished">текущая</translation>
    </message>
</context>
<context>
    <name>SectionTree</name>
    <message>
        <source>Section</source>
        <translation>Раздел</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Тип</translation>
    </message>
    <message>
        <source>Contents</source>
        <translation>Содержание</translation>
    </message>
    <message>
        <source>No sections yet.

Add written sections, key points and who&apos;s who from “Add”, and lay out the facts with “One per theme” or “One per country”.</source>
        <translation>Разделов пока нет.

Добавьте текстовые разделы, «Главное» и «Кто есть кто» кнопкой «Добавить», а факты разложите кнопками «По темам» или «По странам».</translation>
    </message>
    <message>
        <source>Written</source>
        <translation>Текст</translation>
    </message>
    <message>
        <source>Key points</source>
        <translation>Главное</translation>
    </message>
    <message>
        <source>Who&apos;s who</source>
        <translation>Кто есть кто</translation>
    </message>
    <message>
        <source>Theme</source>
        <translation>Тема</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>Страна</translation>
    </message>
    <message>
        <source>Shared facts</source>
        <translation>Общие факты</translation>
    </message>
    <message>
        <source>Selected facts</source>
        <translation>Избранные факты</translation>
    </message>
    <message>
        <source>Key figures</source>
        <translation>Ключевые показатели</translation>
    </message>
    <message>
        <source>Common to the participants</source>
        <translation>Общие для участников</translation>
    </message>
    <message>
        <source>(untitled written section)</source>
        <translation>(текстовый раздел без заголовка)</translation>
    </message>
    <message>
        <source>empty</source>
        <translation>пусто</translation>
    </message>
    <message>
        <source>Not printed while it is empty</source>
        <translation>Пока раздел пуст, он не печатается</translation>
    </message>
    <message>
        <source>1 word</source>
        <translation>1 слово</translation>
    </message>
    <message>
        <source>{n} words</source>
        <translation>слов: {n}</translation>
    </message>
    <message>
        <source>{kept} of {total}</source>
        <translation>{kept} из {total}</translation>
    </message>
    <message>
        <source>1 fact</source>
        <translation>1 факт</translation>
    </message>
    <message>
        <source>{n} facts</source>
        <translation>фактов: {n}</translation>
    </message>
    <message numerus="yes">
        <source>%n withheld</source>
        <translation>
            <numerusform>%n не печатается</numerusform>
            <numerusform>%n не печатаются</numerusform>
            <numerusform>%n не печатаются</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n facts are marked above the dossier&apos;s ceiling.</source>
        <translation>
            <numerusform>%n факт имеет гриф выше предельного грифа досье.</numerusform>
            <numerusform>%n факта имеют гриф выше предельного грифа досье.</numerusform>
            <numerusform>%n фактов имеют гриф выше предельного грифа досье.</numerusform>
        </translation>
    </message>
    <message>
        <source>{n} above</source>
        <translation>выше: {n}</translation>
    </message>
    <message>
        <source>{n} of these facts print in an earlier section; this one refers to them.</source>
        <translation>Некоторые из этих фактов (всего: {n}) печатаются в предыдущем разделе; здесь на них даётся ссылка.</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>Загрузка…</translation>
    </message>
    <message>
        <source>(fact not found)</source>
        <translation>(факт не найден)</translation>
    </message>
    <message>
        <source>… and {n} more facts, not listed here</source>
        <translation>… и другие факты (ещё {n}), здесь не показаны</translation>
    </message>
    <message>
        <source>No facts in this section</source>
        <translation>В этом разделе нет фактов</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <source>Settings</source>
        <translation>Настройки</translation>
    </message>
    <message>
        <source>Same as the system</source>
        <translation>Как в системе</translation>
    </message>
    <message>
        <source>Interface language</source>
        <translation>Язык интерфейса</translation>
    </message>
    <message>
        <source>Same as the interface</source>
        <translation>Как язык интерфейса</translation>
    </message>
    <message>
        <source>New dossiers in</source>
        <translation>Язык новых досье</translation>
    </message>
    <message>
        <source>A new language applies the next time Briefing starts.</source>
        <translation>Новый язык вступит в силу при следующем запуске Briefing.</translation>
    </message>
</context>
<context>
    <name>ShortcutSheet</name>
    <message>
        <source>Keyboard shortcuts</source>
        <translation>Сочетания клавиш</translation>
    </message>
    <message>
        <source>Down (in the search box)</source>
        <translation>Вниз (в поле поиска)</translation>
    </message>
    <message>
        <source>Go to the fact list</source>
        <translation>Перейти к списку фактов</translation>
    </message>
    <message>
        <source>Return (in the list)</source>
        <translation>Enter (в списке)</translation>
    </message>
    <message>
        <source>Edit the fact (the cursor goes to its text)</source>
        <translation>Редактировать факт (курсор переходит в его текст)</translation>
    </message>
    <message>
        <source>Escape (in the form)</source>
        <translation>Esc (в форме)</translation>
    </message>
    <message>
        <source>Back to the fact list</source>
        <translation>Вернуться к списку фактов</translation>
    </message>
    <message>
        <source>Tab / Shift+Tab</source>
        <translation>Tab / Shift+Tab</translation>
    </message>
    <message>
        <source>Next / previous pane or field</source>
        <translation>Следующая / предыдущая панель или поле</translation>
    </message>
    <message>
        <source>Alt+underlined letter</source>
        <translation>Alt+подчёркнутая буква</translation>
    </message>
    <message>
        <source>Go to that field of the form</source>
        <translation>Перейти к этому полю формы</translation>
    </message>
    <message>
        <source>Shift+Up / Shift+Down</source>
        <translation>Shift+Вверх / Shift+Вниз</translation>
    </message>
    <message>
        <source>Select several facts</source>
        <translation>Выделить несколько фактов</translation>
    </message>
    <message>
        <source>Keys</source>
        <translation>Клавиши</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Действие</translation>
    </message>
</context>
<context>
    <name>SourceDialog</name>
    <message>
        <source>Edit source</source>
        <translation>Изменить источник</translation>
    </message>
    <message>
        <source>New source</source>
        <translation>Новый источник</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Название</translation>
    </message>
    <message>
        <source>Publisher</source>
        <translation>Издатель</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Язык</translation>
    </message>
    <message>
        <source>fr, en, ru…</source>
        <translation>ru, en, fr…</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Дата</translation>
    </message>
    <message>
        <source>(not graded)</source>
        <translation>(без оценки)</translation>
    </message>
    <message>
        <source>A — completely reliable</source>
        <translation>A — полностью надёжный</translation>
    </message>
    <message>
        <source>B — usually reliable</source>
        <translation>B — как правило, надёжный</translation>
    </message>
    <message>
        <source>C — fairly reliable</source>
        <translation>C — достаточно надёжный</translation>
    </message>
    <message>
        <source>D — not usually reliable</source>
        <translation>D — как правило, ненадёжный</translation>
    </message>
    <message>
        <source>E — unreliable</source>
        <translation>E — ненадёжный</translation>
    </message>
    <message>
        <source>F — reliability cannot be judged</source>
        <translation>F — надёжность оценить невозможно</translation>
    </message>
    <message>
        <source>Reliability</source>
        <translation>Надёжность</translation>
    </message>
</context>
<context>
    <name>SpeakerField</name>
    <message>
        <source>— established fact —</source>
        <translation>— установленный факт —</translation>
    </message>
    <message>
        <source>Person</source>
        <translation>Лицо</translation>
    </message>
    <message>
        <source>Document (joint declaration, communiqué, plan)</source>
        <translation>Документ (совместная декларация, коммюнике, план)</translation>
    </message>
    <message>
        <source>Delegation / government</source>
        <translation>Делегация / правительство</translation>
    </message>
    <message>
        <source>Who states the fact. Leave “established fact” when the source reports it as a fact; a dossier prints “According to …” before a stated one.</source>
        <translation>Кто это заявил. Оставьте «установленный факт», если источник сообщает об этом как о факте; перед заявлением досье печатает «По словам …».</translation>
    </message>
    <message>
        <source>Nobody: the source reports it as a fact</source>
        <translation>Никто: источник сообщает это как факт</translation>
    </message>
    <message>
        <source>Pick a person or type a new name</source>
        <translation>Выберите лицо или введите новое имя</translation>
    </message>
    <message>
        <source>Pick a document or type a new title</source>
        <translation>Выберите документ или введите новое название</translation>
    </message>
    <message>
        <source>Pick a country (name or code)</source>
        <translation>Выберите страну (название или код)</translation>
    </message>
    <message>
        <source>Not recognised</source>
        <translation>Не распознано</translation>
    </message>
</context>
<context>
    <name>StatementTabs</name>
    <message>
        <source>The fact, in Markdown: **bold**, *italic*, lists with - …</source>
        <translation>Факт в разметке Markdown: **жирный**, *курсив*, списки через - …</translation>
    </message>
    <message>
        <source>The statement as a dossier prints it</source>
        <translation>Формулировка в том виде, в каком её напечатает досье</translation>
    </message>
    <message>
        <source>Original</source>
        <translation>Оригинал</translation>
    </message>
    <message>
        <source>Preview</source>
        <translation>Предпросмотр</translation>
    </message>
    <message>
        <source>Translation (optional)</source>
        <translation>Перевод (необязательно)</translation>
    </message>
    <message>
        <source>Outdated: translated from an earlier wording of the original. Dossiers print the original instead.</source>
        <translation>Устарел: переведён с прежней редакции оригинала. В досье вместо него печатается оригинал.</translation>
    </message>
    <message>
        <source>Still correct</source>
        <translation>Перевод верен</translation>
    </message>
    <message>
        <source>The translation still says what the original says: mark it current</source>
        <translation>Перевод по-прежнему соответствует оригиналу: отметить как актуальный</translation>
    </message>
    <message>
        <source>{code} (outdated)</source>
        <translation>{code} (устарел)</translation>
    </message>
    <message>
        <source>The original is in this language</source>
        <translation>Оригинал на этом языке</translation>
    </message>
</context>
<context>
    <name>TextSectionEditor</name>
    <message>
        <source>Written section</source>
        <translation>Текстовый раздел</translation>
    </message>
    <message>
        <source>Heading printed above the text</source>
        <translation>Заголовок, печатаемый над текстом</translation>
    </message>
    <message>
        <source>&amp;Title</source>
        <translation>&amp;Заголовок</translation>
    </message>
    <message>
        <source>Te&amp;xt (Markdown)</source>
        <translation>Те&amp;кст (Markdown)</translation>
    </message>
    <message>
        <source>- a first point
- a second point, with **bold** and *italic*</source>
        <translation>- первый пункт
- второй пункт, с **жирным** и *курсивом*</translation>
    </message>
    <message>
        <source>**bold**  ·  *italic*  ·  `code`  ·  - bullets  ·  1. numbers  ·  [link](https://…)  ·  blank line: new paragraph</source>
        <translation>**жирный**  ·  *курсив*  ·  `код`  ·  - маркеры  ·  1. нумерация  ·  [ссылка](https://…)  ·  пустая строка: новый абзац</translation>
    </message>
    <message>
        <source>As printed</source>
        <translation>Как на печати</translation>
    </message>
</context>
<context>
    <name>ThemeDialog</name>
    <message>
        <source>Edit theme</source>
        <translation>Изменить тему</translation>
    </message>
    <message>
        <source>New theme</source>
        <translation>Новая тема</translation>
    </message>
    <message>
        <source>Identifier</source>
        <translation>Идентификатор</translation>
    </message>
    <message>
        <source>lower-case-with-dashes</source>
        <translation>строчные-буквы-через-дефис</translation>
    </message>
    <message>
        <source>Name (English)</source>
        <translation>Название (английский)</translation>
    </message>
    <message>
        <source>Name (French)</source>
        <translation>Название (французский)</translation>
    </message>
    <message>
        <source>Name (Russian)</source>
        <translation>Название (русский)</translation>
    </message>
    <message>
        <source>(top level)</source>
        <translation>(верхний уровень)</translation>
    </message>
    <message>
        <source>Inside theme</source>
        <translation>Входит в тему</translation>
    </message>
</context>
<context>
    <name>ThemeKeywordsDialog</name>
    <message>
        <source>Theme keywords</source>
        <translation>Ключевые слова тем</translation>
    </message>
    <message>
        <source>one keyword or phrase a line; * for any ending</source>
        <translation>одно ключевое слово или фраза на строку; * — любое окончание</translation>
    </message>
</context>
<context>
    <name>WindowActions</name>
    <message>
        <source>&amp;New fact</source>
        <translation>&amp;Новый факт</translation>
    </message>
    <message>
        <source>Create a fact (Ctrl+N)</source>
        <translation>Создать факт (Ctrl+N)</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Сохранить</translation>
    </message>
    <message>
        <source>Save the fact being edited (Ctrl+S)</source>
        <translation>Сохранить редактируемый факт (Ctrl+S)</translation>
    </message>
    <message>
        <source>&amp;Revert changes</source>
        <translation>&amp;Отменить изменения</translation>
    </message>
    <message>
        <source>Discard the edits made since the last save</source>
        <translation>Отменить правки, сделанные после последнего сохранения</translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation>&amp;Удалить</translation>
    </message>
    <message>
        <source>Move the selected facts to the Bin (Delete)</source>
        <translation>Переместить выбранные факты в корзину (Delete)</translation>
    </message>
    <message>
        <source>Res&amp;tore</source>
        <translation>&amp;Восстановить</translation>
    </message>
    <message>
        <source>Bring the selected facts back from the Bin</source>
        <translation>Вернуть выбранные факты из корзины</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Отменить</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>&amp;Повторить</translation>
    </message>
    <message>
        <source>&amp;Find…</source>
        <translation>&amp;Найти…</translation>
    </message>
    <message>
        <source>Search the facts (Ctrl+F)</source>
        <translation>Поиск по фактам (Ctrl+F)</translation>
    </message>
    <message>
        <source>&amp;Clear filters</source>
        <translation>&amp;Сбросить фильтры</translation>
    </message>
    <message>
        <source>Show all facts</source>
        <translation>Показать все факты</translation>
    </message>
    <message>
        <source>Select &amp;all facts</source>
        <translation>Выделить &amp;все факты</translation>
    </message>
    <message>
        <source>&amp;Dossier builder…</source>
        <translation>&amp;Подготовка досье…</translation>
    </message>
    <message>
        <source>Build a briefing book from the facts (Ctrl+B)</source>
        <translation>Подготовить справочные материалы из фактов (Ctrl+B)</translation>
    </message>
    <message>
        <source>New dossier by &amp;theme</source>
        <translation>Новое досье по &amp;темам</translation>
    </message>
    <message>
        <source>New dossier by &amp;country</source>
        <translation>Новое досье по &amp;странам</translation>
    </message>
    <message>
        <source>&amp;Add selected facts to the dossier</source>
        <translation>&amp;Добавить выбранные факты в досье</translation>
    </message>
    <message>
        <source>&amp;Export PDF…</source>
        <translation>&amp;Экспорт в PDF…</translation>
    </message>
    <message>
        <source>Export the dossier being built to PDF (Ctrl+E)</source>
        <translation>Экспортировать подготавливаемое досье в PDF (Ctrl+E)</translation>
    </message>
    <message>
        <source>Export &amp;DOCX…</source>
        <translation>Экспорт в &amp;DOCX…</translation>
    </message>
    <message>
        <source>Se&amp;ttings…</source>
        <translation>&amp;Настройки…</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>В&amp;ыход</translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation>&amp;Обновить</translation>
    </message>
    <message>
        <source>Show the &amp;Bin</source>
        <translation>Показать &amp;корзину</translation>
    </message>
    <message>
        <source>&amp;Navigator</source>
        <translation>&amp;Навигатор</translation>
    </message>
    <message>
        <source>&amp;Details</source>
        <translation>&amp;Подробности</translation>
    </message>
    <message>
        <source>&amp;History…</source>
        <translation>&amp;История…</translation>
    </message>
    <message>
        <source>&amp;People…</source>
        <translation>&amp;Лица…</translation>
    </message>
    <message>
        <source>&amp;Organisations…</source>
        <translation>&amp;Организации…</translation>
    </message>
    <message>
        <source>&amp;Themes…</source>
        <translation>&amp;Темы…</translation>
    </message>
    <message>
        <source>&amp;Sources…</source>
        <translation>&amp;Источники…</translation>
    </message>
    <message>
        <source>&amp;Events…</source>
        <translation>&amp;Мероприятия…</translation>
    </message>
    <message>
        <source>&amp;About Briefing</source>
        <translation>&amp;О программе Briefing</translation>
    </message>
    <message>
        <source>About &amp;Qt</source>
        <translation>О &amp;Qt</translation>
    </message>
    <message>
        <source>Open the &amp;log folder</source>
        <translation>Открыть папку &amp;журнала</translation>
    </message>
    <message>
        <source>&amp;Keyboard shortcuts</source>
        <translation>&amp;Сочетания клавиш</translation>
    </message>
    <message>
        <source>&amp;Import a bundle…</source>
        <translation>Импорт &amp;пакета…</translation>
    </message>
    <message>
        <source>E&amp;xport a bundle…</source>
        <translation>Экспорт п&amp;акета…</translation>
    </message>
    <message>
        <source>&amp;Country notes…</source>
        <translation>Справки по &amp;странам…</translation>
    </message>
    <message>
        <source>&amp;Import a document…</source>
        <translation>Им&amp;порт документа…</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Файл</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;Правка</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Вид</translation>
    </message>
    <message>
        <source>F&amp;act</source>
        <translation>Ф&amp;акт</translation>
    </message>
    <message>
        <source>&amp;Reference data</source>
        <translation>&amp;Справочники</translation>
    </message>
    <message>
        <source>&amp;Dossier</source>
        <translation>&amp;Досье</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Справка</translation>
    </message>
    <message>
        <source>Main toolbar</source>
        <translation>Основная панель инструментов</translation>
    </message>
</context>
<context>
    <name>commands</name>
    <message>
        <source>Edit “{fact}”</source>
        <translation>Изменение «{fact}»</translation>
    </message>
    <message>
        <source>Add “{fact}”</source>
        <translation>Добавление «{fact}»</translation>
    </message>
    <message>
        <source>Delete “{fact}”</source>
        <translation>Удаление «{fact}»</translation>
    </message>
    <message>
        <source>Restore “{fact}”</source>
        <translation>Восстановление «{fact}»</translation>
    </message>
    <message>
        <source>Restore version {n}</source>
        <translation>Восстановить версию {n}</translation>
    </message>
</context>
<context>
    <name>errors</name>
    <message>
        <source>Briefing</source>
        <translation>Briefing</translation>
    </message>
    <message>
        <source>Unexpected error</source>
        <translation>Непредвиденная ошибка</translation>
    </message>
    <message>
        <source>Briefing hit an unexpected problem ({kind}). Your saved facts are safe.

Details were written to {path}</source>
        <translation>В работе Briefing произошёл непредвиденный сбой ({kind}). Сохранённые факты не пострадали.

Подробности записаны в {path}</translation>
    </message>
</context>
<context>
    <name>navigator</name>
    <message>
        <source>Filter themes, countries, events…</source>
        <translation type="vanished">Поиск тем, стран, мероприятий…</translation>
    </message>
    <message>
        <source>Filter the navigator</source>
        <translation type="vanished">Фильтр навигатора</translation>
    </message>
</context>
<context>
    <name>prompts</name>
    <message>
        <source>Unsaved changes</source>
        <translation>Несохранённые изменения</translation>
    </message>
    <message>
        <source>This fact has changes that are not saved yet. Save them?</source>
        <translation>В факте есть несохранённые изменения. Сохранить их?</translation>
    </message>
    <message>
        <source>Saved by someone else</source>
        <translation type="vanished">Сохранено другим пользователем</translation>
    </message>
    <message>
        <source>Someone else saved this fact after you opened it.</source>
        <translation type="vanished">После того как вы открыли факт, его сохранил другой пользователь.</translation>
    </message>
    <message>
        <source>Your changes were not saved and are still in the form. Reload their version (your changes are discarded), or keep your changes: saving again will then replace their version.</source>
        <translation type="vanished">Ваши изменения не сохранены и остаются в форме. Загрузите версию другого пользователя (ваши изменения будут отброшены) или оставьте свои: тогда повторное сохранение заменит его версию.</translation>
    </message>
    <message>
        <source>Reload their version</source>
        <translation type="vanished">Загрузить его версию</translation>
    </message>
    <message>
        <source>Keep my changes</source>
        <translation type="vanished">Оставить мои изменения</translation>
    </message>
    <message>
        <source>Dossier exported</source>
        <translation>Досье экспортировано</translation>
    </message>
    <message>
        <source>The dossier was written to:</source>
        <translation>Досье сохранено в файл:</translation>
    </message>
    <message>
        <source>Open file</source>
        <translation>Открыть файл</translation>
    </message>
    <message>
        <source>Open folder</source>
        <translation>Открыть папку</translation>
    </message>
</context>
</TS>
