# icuwords.R: the words ICU finds in each file of the shared corpora, as
# tidytext counts them (stringi's word boundaries, segments without a
# letter or digit dropped), over the whole file: markup, headers and all.
# Not a test dependency (CI has no R); its output is
# icu-words.tsv beside it, which TestWordsMatchICU reads.
#
# From the repository root, with ../shared/corpora beside it:
#
#   Rscript stages/testdata/icuwords.R > stages/testdata/icu-words.tsv
#
# It reads every file of the corpora but the UN General Debates, and every
# 400th of those (57 files in all).

suppressPackageStartupMessages(library(stringi))
root <- "../shared/corpora"
files <- list.files(root, recursive = TRUE)
files <- files[!grepl("(^|/)\\.", files) & !grepl("^un-general-debates/", files)]
un <- sort(list.files(file.path(root, "un-general-debates", "TXT"), recursive = TRUE, pattern = "\\.txt$"))
files <- c(sort(files), file.path("un-general-debates", "TXT", un[seq(400, length(un), by = 400)]))
cat("# file\twords (ICU ", stri_info()$ICU.version, ", stringi ", as.character(packageVersion("stringi")), ")\n", sep = "")
for (f in files) {
  x <- paste(stri_read_lines(file.path(root, f), encoding = "UTF-8"), collapse = "\n")
  n <- length(stri_split_boundaries(x, type = "word", skip_word_none = TRUE)[[1]])
  cat(f, "\t", n, "\n", sep = "")
}
