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
# The name of an article pasted on the library (a web page, or plain text), before its extension.
library-pasted-page = Pasted page
library-pasted-text = Pasted text

## A row for the desk chief: errors left, byline, last editor, where it went

library-open-errors = { $count ->
        [one] 1 error
       *[other] { $count } errors
    }
library-byline-title = Byline
library-last-editor = last edited by { $name }
library-sent-publish = Live on the site
library-sent-draft = Draft on the site
library-sent-pending = Awaiting review on the site
library-sent = Sent to the site
library-sent-title = { $site }, post { $post }
