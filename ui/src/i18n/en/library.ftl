# The library: the list of articles, search, filter, import.

library-title = Library
library-search-placeholder = Search headlines and text
library-search-label = Search articles
library-status-filter = Filter by status
library-all-statuses = All statuses
library-list-label = Articles
library-new = New article
library-new-title = New article ({ $keys })
library-import = Import…
library-import-title = Import a Word, web page, Markdown or text file (or drop files here)
library-settings = Settings
library-settings-title = Settings ({ $keys })
library-keys = { $new } new · { $search } search · ↑↓ move · Enter open · { $paste } paste a page as a new article · { $settings } settings
library-count = { $count ->
    [one] 1 article
   *[other] { $count } articles
    }
library-found = { $count ->
    [one] 1 article found
   *[other] { $count } articles found
    }
library-more-articles = The { $page } most recently edited articles are shown; search or filter to find others
library-more-matches = The { $page } most recently edited matches are shown; search or filter to find others
library-untitled = Untitled
library-words = { $count ->
    [one] 1 word
   *[other] { $count } words
    }
library-revisions = rev { $count }
library-no-match = No article contains all of these words.
library-empty = No articles yet. Press New article to start one.
