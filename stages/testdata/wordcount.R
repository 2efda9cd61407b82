# wordcount.R: per-speaker word counts of the 2016 debates (debate.csv) by
# tidytext's and quanteda's default tokenisers, and by the truth builder's
# regular expression, to hold parley's word rule against. Not a test
# dependency (CI has no R); the tidytext counts it prints are stored in
# debate-2016-words.tsv beside it, which TestWordsMatchTidytext reads.
#
# Run from the repository root, with ../shared/corpora beside it:
#
#   apt-get install -y r-base-core r-cran-tidytext
#   Rscript stages/testdata/wordcount.R [path/to/debate.csv] > /tmp/wc.tsv
#
# What it counts, per speaker (the Speaker column, case folded as parley
# folds speakers' names):
#
#   tidytext   tidytext::unnest_tokens(word, text), the default "words"
#              tokenizer (tokenizers::tokenize_words: ICU word boundaries
#              through stringi, segments without a letter or digit
#              dropped).
#   quanteda   quanteda 4's tokens(x, remove_punct = TRUE) counted as
#              ntoken. Debian has no quanteda package, so this emulates
#              it: quanteda 4 segments with ICU's word rules plus one of
#              its own (keep_hyphens: a single dash, \p{Pd}, between
#              letters or digits joins them, "health-care" is one token),
#              then removes tokens made only of punctuation (\p{P}) and
#              separators; symbols (\p{S}, "$") stay and count.
#   regex      the truth builder's \w+(?:[.'’:]\w+|(?<=\d),(?=\d)\w+)*
#              (ICU's \w here, Python's there; the same on this text).
#
# Both over the text as parley reads it: the stage directions parley takes
# out of the table's cells as notes ("(APPLAUSE)", "(CROSSTALK)",
# "(LAUGHTER)", "(inaudible)") are no speech and so no words. "(ph)" is
# speech to parley and counts here too.
#
# Measured on 2026-12-01 (R 4.2.2, tidytext 0.4.1, tokenizers 0.3.0,
# stringi 1.7.12 on ICU 72.1); see the bottom of this file.

suppressPackageStartupMessages({
  library(stringi)
  library(tidytext)
})

args <- commandArgs(trailingOnly = TRUE)
path <- if (length(args) > 0) args[[1]] else "../shared/corpora/debates-2016-csv/debate.csv"
d <- read.csv(path, stringsAsFactors = FALSE, encoding = "UTF-8")
d$speaker <- tolower(d$Speaker)
d$text <- stri_replace_all_regex(d$Text, "\\((CROSSTALK|APPLAUSE|LAUGHTER|inaudible)\\)", " ")

# tidytext: one row per word.
tt <- unnest_tokens(d[, c("speaker", "text")], word, text)
tidy <- table(factor(tt$speaker, levels = unique(d$speaker)))

# quanteda 4, emulated: join a single dash between letters or digits with
# a connector ICU never breaks at, segment, drop punctuation-only tokens.
quanteda_tokens <- function(x) {
  x <- stri_replace_all_regex(x, "(?<=[\\p{L}\\p{N}\\p{M}])\\p{Pd}(?=[\\p{L}\\p{N}])", "_")
  toks <- stri_split_boundaries(x, type = "word")
  vapply(toks, function(t) sum(!stri_detect_regex(t, "^[\\p{P}\\p{Z}\\p{C}]+$") & t != ""), numeric(1))
}
q <- tapply(quanteda_tokens(d$text), factor(d$speaker, levels = unique(d$speaker)), sum)

# The truth builder's expression.
re <- "\\w+(?:[.'\u2019:]\\w+|(?<=\\d),(?=\\d)\\w+)*"
r <- tapply(stri_count_regex(d$text, re), factor(d$speaker, levels = unique(d$speaker)), sum)

out <- data.frame(speaker = names(tidy), tidytext = as.integer(tidy),
                  quanteda = as.integer(q[names(tidy)]), regex = as.integer(r[names(tidy)]))
out <- out[order(-out$tidytext, out$speaker), ]
write.table(out, stdout(), sep = "\t", quote = FALSE, row.names = FALSE)

# Measured (see the file's head), with parley's counts beside:
#
#   speaker   tidytext quanteda  regex   parley before  parley after
#   trump        22464    22435  22464   22380 -0.37%   22464 +0.00% (quanteda +0.13%)
#   clinton      19559    19493  19559   19467 -0.47%   19559 +0.00% (quanteda +0.34%)
#   pence         5073     5058   5073    5049 -0.47%    5073 +0.00% (quanteda +0.30%)
#   kaine         4998     4969   4998    4964 -0.68%    4998 +0.00% (quanteda +0.58%)
#   wallace       3220     3203   3220    3202 -0.56%    3220 +0.00% (quanteda +0.53%)
#   holt          1934     1924   1934    1924 -0.52%    1934 +0.00% (quanteda +0.52%)
#   quijano       1404     1400   1404    1398 -0.43%    1404 +0.00% (quanteda +0.29%)
#   raddatz       1211     1199   1211    1199 -0.99%    1211 +0.00% (quanteda +1.00%)
#   cooper        1048     1046   1048    1044 -0.38%    1048 +0.00% (quanteda +0.19%)
#   question       272      272    272     272 +0.00%     272 +0.00% (quanteda +0.00%)
#   (audience and candidates speak only stage directions: 0 words each way)
#
# "parley before" is prose's tokenizer with hyphenated words kept whole;
# "after", UAX #29 words (stages.AppendTokens). Percentages are against
# tidytext. tidytext and quanteda differ by up to 1.0% (Raddatz: 1211 and
# 1199) since quanteda keeps "no-fly" and "e-mails" whole, so no count is
# within 0.5% of both for every speaker; parley counts as tidytext does.
