/**
 * Word forms whose lemma wink-nlp gets wrong, by lower-case form: "fined" is not "fin", "dined" is
 * not "din". Checked against the tokens stage; only forms the lemmatiser misses belong here.
 */
export const LEMMA_FIXES: Readonly<Record<string, string>> = {
  fined: 'fine',
  fining: 'fine',
  dined: 'dine',
  pined: 'pine',
  wined: 'wine',
  shined: 'shine',
  mined: 'mine',
};
