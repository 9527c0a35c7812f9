# Words every screen shares: workflow statuses, languages, severities.

status-draft = Draft
status-editing = Editing
status-ready = Ready
status-exported = Exported

language-id = Indonesian
language-en = English
language-ms = Malay
language-jv = Javanese
language-su = Sundanese
