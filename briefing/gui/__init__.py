"""The desktop face of Briefing (PySide6). The only package that imports Qt.

Layout:
    application   QApplication start-up: settings, translations, error hook, main window
    mainwindow    the three panes (navigator, fact list, fact form), menus and actions
    factmodel     the id-backed, lazily filled fact table model
    navigator     themes / countries / events / markings / saved dossiers / bin
    factform      the fact editor (load / draft / check / save) with inline errors
    fields        reusable form widgets (checklists, dates, figures, error boxes)
    commands      QUndoCommands over store writes (stored before/after snapshots)
    entities      small dialogs for people, organisations, themes, sources, events
    builder       the dossier builder (cover, scope, sections, saved specs, export)
    sections      what a dossier section holds (store reads, run in workers)
    outline       the preview: an outline of the assembled Dossier
    export        exporting in a worker with a cancellable progress dialog
    jobs          QRunnable + QObject relay, and the thread pools
    bus           the Changes value and the signal that fans it out
    refdata       reference lists (themes, countries, people...) for pickers
    prefs         QSettings wrapper (window layout, filters, language)
    i18n          translators (Qt's and ours) chosen from the settings or the locale
    errors        sys.excepthook, logging to the data dir, user-facing messages
    prompts       message boxes the flows ask (kept in one place so tests can answer)
"""
