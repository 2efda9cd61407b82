// Package record reads archival records of conversation in reported or
// narrated speech: Soviet-style records ("Comrade STALIN says that, ..."),
// memoranda of conversation ("The Secretary said that ..."), cables and
// minutes. It turns such a text into corpus Documents, one per record,
// with the Builder of package corpus; formats lists it as "record".
package record
