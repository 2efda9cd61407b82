package html

// Methods describes, for a report's Methods section, how a web page was
// turned into text before a text reader read it; the text reader's own
// Methods follow it.
const Methods = "The web page was first converted to text, and the text was then " +
	"read in the layout it showed. Markup, scripts, styles, comments, forms, " +
	"and the page's navigation, header, footer, side panels, figures with " +
	"their captions and media were dropped, and where the page marked its " +
	"content with one main or article element, only that was read; " +
	"character references were decoded; paragraphs, headings, list items, " +
	"table rows and divisions became paragraphs of their own, line breaks " +
	"lines, and preformatted text was kept as it stood. A name set in bold " +
	"(by b or strong, or by a style or a style-sheet class giving a bold " +
	"weight) " +
	"or marked as a speaker at the start of a paragraph and ended by a colon " +
	"or a period (\"Mr. SMITH:\") was written as a speaker's label on a line " +
	"of its own, and \"Q.\" and \"A.\" in bold as question and answer cues; " +
	"so was the first cell of each row of a table whose first column was " +
	"headed \"Speaker\", and a name in bold that filled a row's first cell. After the first label, a heading (an h1 to h6 " +
	"element, or a paragraph all in bold capitals, such as \"PANEL ONE\") " +
	"was an editorial note, not speech. " +
	"Line numbers and offsets refer to this text, not to the page's source."
