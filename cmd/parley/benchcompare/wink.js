// Runs wink-nlp's whole pipeline (tokens, sentences, part of speech,
// entities, with the English lite model) over a file and prints its token
// count and time, for make bench-compare. Usage: node wink.js FILE
const fs = require('fs');
const winkNLP = require('wink-nlp');
const model = require('wink-eng-lite-web-model');
const text = fs.readFileSync(process.argv[2], 'utf8');
const t0 = process.hrtime.bigint();
const nlp = winkNLP(model, ['sbd', 'negation', 'sentiment', 'pos', 'ner', 'cer']);
const doc = nlp.readDoc(text);
const tokens = doc.tokens().length();
const entities = doc.entities().length();
const secs = Number(process.hrtime.bigint() - t0) / 1e9;
console.log(JSON.stringify({ tokens, entities, seconds: secs }));
