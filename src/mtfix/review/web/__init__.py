"""Review in the browser (`mtfix serve`): a page on 127.0.0.1 where an editor accepts,
rejects or edits each suggestion of one or more files.

The page is a thin view over the same machinery as the terminal review: a
`ReviewSession` per file holds the decisions, the offline review-file format stores
them, and `review.converge.settle` applies them, so the three ways of reviewing land on
the same text. Modules: `workspace` (the files and their decisions), `store` (the review
file), `page` (what the page shows), `app` (the web routes and their guards), `command`
(the CLI command and the server).
"""
