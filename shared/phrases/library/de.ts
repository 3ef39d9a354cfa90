import type { LocalePhrases } from '../phrase.types';

/** German lines. Formal = Sie, informal = du (ihr when speaking to a group). */
export const de: LocalePhrases = {
  chattyClient: {
    1: {
      formal: [
        'Das klingt wirklich schön – erzählen Sie mir am Ende gern mehr davon. Vorher habe ich noch ein paar Punkte zu „{item}“.',
        'Spannend! Darf ich das kurz parken? Ich würde gern erst die geschäftlichen Punkte mit Ihnen durchgehen.',
        '{client}, davon möchte ich gleich gern mehr hören. Lassen Sie uns vorher kurz das Geschäftliche erledigen.',
        'Interessant – lassen Sie uns das kurz zurückstellen, damit wir „{item}“ in Ruhe besprechen können.',
      ],
      informal: [
        'Das klingt richtig schön – erzähl mir am Ende gern mehr davon. Vorher hab ich noch ein paar Punkte zu „{item}“.',
        'Spannend! Können wir das kurz parken? Ich würde gern erst die geschäftlichen Punkte mit dir durchgehen.',
        '{client}, davon will ich gleich unbedingt mehr hören. Lass uns vorher kurz das Geschäftliche erledigen.',
        'Interessant – lass uns das kurz zur Seite legen, damit wir „{item}“ in Ruhe besprechen können.',
      ],
    },
    2: {
      formal: [
        'Fürs Plaudern möchten Sie mich bestimmt nicht bezahlen – sollen wir wieder zum Projekt kommen?',
        'Das macht wirklich Spaß, aber die Uhr läuft ja auf Ihre Kosten – machen wir mit „{item}“ weiter?',
        'Wir sind schon {minutes} vom Thema abgekommen – die Zeit stecke ich lieber in Ihr Projekt. Zurück zu „{item}“?',
        '{client}, ich plaudere ein andermal gern weiter, aber Ihre Stunde nutzen wir besser für die Arbeit. Wo waren wir bei „{item}“ stehen geblieben?',
      ],
      informal: [
        'Fürs Plaudern willst du mich bestimmt nicht bezahlen – sollen wir wieder zum Projekt kommen?',
        'Das macht echt Spaß, aber die Uhr läuft ja auf deine Kosten – machen wir mit „{item}“ weiter?',
        'Wir sind schon {minutes} vom Thema abgekommen – die Zeit steck ich lieber in dein Projekt. Zurück zu „{item}“?',
        '{client}, ich quatsch gern ein andermal weiter, aber deine Stunde nutzen wir besser für die Arbeit. Wo waren wir bei „{item}“ stehen geblieben?',
      ],
    },
    3: {
      formal: [
        'Wir sind jetzt {minutes} vom Thema weg – das sind bereits {cost} von Ihrem Budget. Kommen wir zurück zu „{item}“.',
        'Ich möchte sorgsam mit Ihrem Budget umgehen, deshalb kehren wir jetzt zu unseren Themen zurück.',
        'Lassen Sie uns das ein andermal vertiefen – ich möchte, dass wir „{item}“ heute noch abschließen.',
        '{client}, ich hole uns jetzt zurück – wir haben „{item}“ noch vor uns.',
      ],
      informal: [
        'Wir sind jetzt {minutes} vom Thema weg – das sind schon {cost} von deinem Budget. Zurück zu „{item}“.',
        'Ich will sorgsam mit deinem Budget umgehen, deshalb machen wir jetzt mit unseren Themen weiter.',
        'Lass uns das ein andermal vertiefen – ich will, dass wir „{item}“ heute noch abschließen.',
        '{client}, ich hol uns jetzt zurück – wir haben „{item}“ noch vor uns.',
      ],
    },
  },
  groupDrift: {
    1: {
      formal: [
        'Guter Punkt – lassen Sie uns das kurz parken und am Ende darauf zurückkommen, wenn noch Zeit ist.',
        'Das ist eigentlich ein eigenes Thema. Sollen wir zu „{item}“ zurückkommen?',
        'Ich notiere mir das, damit es nicht verloren geht – und hole uns zurück zu „{item}“.',
        'Spannendes Thema – lassen Sie uns das in kleiner Runde vertiefen und hier mit „{item}“ weitermachen.',
      ],
      informal: [
        'Guter Punkt – lasst uns das kurz parken und am Ende darauf zurückkommen, wenn noch Zeit ist.',
        'Das ist eigentlich ein eigenes Thema. Wollen wir zu „{item}“ zurück?',
        'Ich schreib mir das auf, damit es nicht untergeht – und hol uns zurück zu „{item}“.',
        'Spannendes Thema – lasst uns das in kleiner Runde vertiefen und hier mit „{item}“ weitermachen.',
      ],
    },
    2: {
      formal: [
        'Wir sind jetzt schon {minutes} vom Thema abgekommen – lassen Sie uns zur Agenda zurückkehren, damit sich die Zeit für alle lohnt.',
        'Ich möchte die Zeit aller im Blick behalten – können Sie das bilateral klären, und wir kehren zu „{item}“ zurück?',
        'Lassen Sie uns wieder in die Spur kommen: „{item}“ ist noch offen, und das Thema betrifft nicht alle in der Runde.',
        'Könnten die Beteiligten das nach dem Termin direkt miteinander besprechen? Dann geht es hier mit „{item}“ weiter.',
      ],
      informal: [
        'Wir sind jetzt schon {minutes} vom Thema abgekommen – lasst uns zur Agenda zurück, damit sich die Zeit für alle lohnt.',
        'Ich will die Zeit von allen im Blick behalten – könnt ihr das bilateral klären, und wir machen mit „{item}“ weiter?',
        'Lasst uns wieder in die Spur kommen: „{item}“ ist noch offen, und das Thema betrifft nicht alle in der Runde.',
        'Könnten die Beteiligten das nach dem Call direkt untereinander klären? Dann geht’s hier mit „{item}“ weiter.',
      ],
    },
    3: {
      formal: [
        'Wir sind jetzt {minutes} von der Agenda abgewichen. Ich hole uns an dieser Stelle zurück zu „{item}“.',
        'Lassen Sie uns hier stoppen und das separat klären – die restliche Zeit brauchen wir für „{item}“.',
        'Aus Rücksicht auf die Zeit aller parke ich das Thema jetzt. Zurück zu „{item}“.',
        'Wir müssen weiterkommen. Bitte klären Sie das separat – hier bringen wir jetzt „{item}“ zu Ende.',
      ],
      informal: [
        'Wir sind jetzt {minutes} von der Agenda abgewichen. Ich hol uns an dieser Stelle zurück zu „{item}“.',
        'Lasst uns hier stoppen und das separat klären – die restliche Zeit brauchen wir für „{item}“.',
        'Aus Rücksicht auf die Zeit von allen parke ich das Thema jetzt. Zurück zu „{item}“.',
        'Wir müssen weiterkommen. Klärt das bitte separat – hier bringen wir jetzt „{item}“ zu Ende.',
      ],
    },
  },
  itemOverrun: {
    1: {
      formal: [
        'Die Zeit für „{item}“ ist erreicht. Sollen wir den Punkt langsam abschließen?',
        'Die Zeit für „{item}“ ist um – gibt es noch etwas Wichtiges, bevor wir zu „{next}“ übergehen?',
        'Wir sind am Ende der Zeit für diesen Punkt. Lassen Sie uns das Ergebnis festhalten und weitermachen.',
        'Kurzer Blick auf die Uhr: Für „{item}“ ist die geplante Zeit erreicht.',
      ],
      informal: [
        'Die Zeit für „{item}“ ist erreicht. Wollen wir den Punkt langsam abschließen?',
        'Die Zeit für „{item}“ ist um – gibt’s noch was Wichtiges, bevor wir zu „{next}“ kommen?',
        'Wir sind am Ende der Zeit für diesen Punkt. Halten wir das Ergebnis fest und machen weiter.',
        'Kurzer Blick auf die Uhr: Für „{item}“ ist die geplante Zeit erreicht.',
      ],
    },
    2: {
      formal: [
        'Wir sind bei „{item}“ {minutes} über der Zeit. Können wir die nächsten Schritte festlegen und zu „{next}“ übergehen?',
        'Lassen Sie uns „{item}“ abrunden – wir überziehen gerade, und ich möchte noch Zeit für den Rest lassen.',
        'Wir sind bei diesem Punkt über der Zeit. Ich fasse kurz zusammen, was wir haben, und dann geht es weiter – einverstanden?',
        'Damit wir im Zeitplan bleiben, schließen wir „{item}“ hier ab und klären den Rest per E-Mail.',
      ],
      informal: [
        'Wir sind bei „{item}“ schon {minutes} drüber. Wollen wir die nächsten Schritte festhalten und zu „{next}“ weitergehen?',
        'Runden wir „{item}“ ab – wir überziehen gerade, und ich will noch Zeit für den Rest haben.',
        'Wir sind bei diesem Punkt über der Zeit. Ich fass kurz zusammen, was wir haben, und dann geht’s weiter – okay?',
        'Damit wir im Zeitplan bleiben, machen wir bei „{item}“ hier einen Punkt und klären den Rest per Mail.',
      ],
    },
    3: {
      formal: [
        'Wir liegen bei „{item}“ {minutes} über der Zeit. Ich leite jetzt zu „{next}“ über.',
        'Lassen Sie uns „{item}“ an dieser Stelle beenden. Ich schicke eine Zusammenfassung, damit nichts verloren geht.',
        'Wir haben diesen Punkt deutlich überzogen. Den Rest parken wir, und es geht weiter.',
        'Wir müssen jetzt weitermachen – „{item}“ können wir bei Bedarf in einem eigenen Termin vertiefen.',
      ],
      informal: [
        'Wir sind bei „{item}“ {minutes} über der Zeit. Wir machen jetzt mit „{next}“ weiter.',
        'Machen wir bei „{item}“ an dieser Stelle Schluss. Ich schick eine Zusammenfassung, damit nichts verloren geht.',
        'Wir haben diesen Punkt deutlich überzogen. Den Rest parken wir, und es geht weiter.',
        'Wir müssen jetzt weiter – „{item}“ können wir bei Bedarf in einem eigenen Termin vertiefen.',
      ],
    },
  },
  capNear: {
    1: {
      formal: [
        'Kleiner Zeitcheck: Wir haben noch {minutes}. Lassen Sie uns sicherstellen, dass das Wichtigste drankommt.',
        'Wir haben noch etwa {minutes} – was möchten Sie heute auf jeden Fall noch klären?',
        'Nur zur Info: Uns bleiben heute noch {minutes}.',
        '{client}, wir haben noch {minutes} – sollen wir die wichtigsten Punkte durchgehen?',
      ],
      informal: [
        'Kleiner Zeitcheck: Wir haben noch {minutes}. Schauen wir, dass das Wichtigste drankommt.',
        'Wir haben noch etwa {minutes} – was willst du heute auf jeden Fall noch klären?',
        'Nur zur Info: Uns bleiben heute noch {minutes}.',
        '{client}, wir haben noch {minutes} – sollen wir die wichtigsten Punkte durchgehen?',
      ],
    },
    2: {
      formal: [
        'Wir haben noch {minutes}. Lassen Sie uns langsam zum Abschluss kommen und die nächsten Schritte festhalten.',
        'Nur noch {minutes} – fassen wir zusammen und klären, wer was übernimmt.',
        'Unsere Zeit ist fast um. Ich fasse kurz die nächsten Schritte zusammen.',
        'Uns bleiben noch {minutes} – den Rest würde ich gern auf unseren nächsten Termin verschieben.',
      ],
      informal: [
        'Wir haben noch {minutes}. Kommen wir langsam zum Schluss und halten die nächsten Schritte fest.',
        'Nur noch {minutes} – fassen wir zusammen und klären, wer was übernimmt.',
        'Unsere Zeit ist fast um. Ich fass kurz die nächsten Schritte zusammen.',
        'Uns bleiben noch {minutes} – den Rest schieben wir am besten auf unseren nächsten Termin.',
      ],
    },
    3: {
      formal: [
        'Wir sind auf der Zielgeraden. Ich fasse kurz zusammen, und dann machen wir Schluss.',
        'Wir haben noch {minutes} – lassen Sie uns hier zum Ende kommen.',
        'Die Zeit ist gleich um. Ich schicke Ihnen nach dem Termin eine Zusammenfassung.',
        'Lassen Sie uns hier abschließen – zu allem, was noch offen ist, melde ich mich schriftlich.',
      ],
      informal: [
        'Wir sind auf der Zielgeraden. Ich fass kurz zusammen, und dann machen wir Schluss.',
        'Wir haben noch {minutes} – kommen wir hier zum Ende.',
        'Die Zeit ist gleich um. Ich schick dir nach dem Call eine Zusammenfassung.',
        'Machen wir hier Schluss – zu allem, was noch offen ist, melde ich mich schriftlich.',
      ],
    },
  },
  capPassed: {
    1: {
      formal: [
        'Unsere Zeit ist um. Lassen Sie uns hier abschließen – ich schicke Ihnen eine Zusammenfassung.',
        'Das war unsere Zeit. Wollen wir zum Schluss noch die nächsten Schritte festhalten?',
        'Wir sind am Ende der geplanten Zeit. Gibt es noch etwas Dringendes, bevor wir zum Ende kommen?',
        '{client}, unsere Zeit ist um – den Rest kläre ich gern per E-Mail mit Ihnen.',
      ],
      informal: [
        'Unsere Zeit ist um. Machen wir hier Schluss – ich schick dir eine Zusammenfassung.',
        'Das war unsere Zeit. Halten wir zum Schluss noch die nächsten Schritte fest?',
        'Wir sind am Ende der geplanten Zeit. Gibt’s noch was Dringendes, bevor wir aufhören?',
        '{client}, die Zeit ist um – den Rest klären wir per Mail, okay?',
      ],
    },
    2: {
      formal: [
        'Wir sind {minutes} über der Zeit. Lassen Sie uns jetzt abschließen und den Rest beim nächsten Mal aufgreifen.',
        'Ich muss auf die Zeit achten – lassen Sie uns hier aufhören und im nächsten Termin weitermachen.',
        'Wir haben überzogen. Ich schicke Ihnen eine Zusammenfassung, und den Rest klären wir per E-Mail.',
        'Ich muss langsam zum Ende kommen, ich habe gleich den nächsten Termin. Machen wir beim nächsten Mal weiter.',
      ],
      informal: [
        'Wir sind {minutes} über der Zeit. Machen wir jetzt Schluss und greifen den Rest beim nächsten Mal auf.',
        'Ich muss auf die Zeit achten – hören wir hier auf und machen im nächsten Termin weiter.',
        'Wir haben überzogen. Ich schick dir eine Zusammenfassung, und den Rest klären wir per Mail.',
        'Ich muss langsam zum Ende kommen, ich hab gleich den nächsten Termin. Machen wir beim nächsten Mal weiter.',
      ],
    },
    3: {
      formal: [
        'Wir haben {minutes} überzogen. Ich muss das Gespräch hier beenden – die nächsten Schritte schicke ich Ihnen.',
        'Tut mir leid, ich muss jetzt wirklich los. Lassen Sie uns für den Rest einen Folgetermin vereinbaren.',
        'Lassen Sie uns hier aufhören. Alles Offene kommt auf die Agenda für unser nächstes Gespräch.',
        'Ich muss hier Schluss machen. Ich schicke eine Zusammenfassung, und den Rest besprechen wir beim nächsten Mal.',
      ],
      informal: [
        'Wir haben {minutes} überzogen. Ich muss hier leider Schluss machen – die nächsten Schritte schick ich dir.',
        'Tut mir leid, ich muss jetzt wirklich los. Lass uns für den Rest einen neuen Termin ausmachen.',
        'Hören wir hier auf. Alles Offene kommt auf die Agenda für unser nächstes Gespräch.',
        'Ich muss hier Schluss machen. Ich schick eine Zusammenfassung, und den Rest besprechen wir beim nächsten Mal.',
      ],
    },
  },
  chatAtEnd: {
    1: {
      formal: [
        'Schön, dass wir uns mal wieder ausgetauscht haben! Ich mache mich jetzt an Ihr Projekt.',
        'Hat mich sehr gefreut, {client}. Ich lege gleich mit Ihrem Projekt los, damit alles rechtzeitig fertig wird.',
        'Danke für das nette Gespräch – jetzt kümmere ich mich um das, was wir besprochen haben.',
        'Immer schön, ein bisschen zu plaudern. Ich starte gleich mit den nächsten Schritten.',
      ],
      informal: [
        'Schön, dass wir mal wieder gequatscht haben! Ich mach mich jetzt an dein Projekt.',
        'Hat mich echt gefreut, {client}. Ich leg gleich mit deinem Projekt los, damit alles rechtzeitig fertig wird.',
        'Danke fürs nette Gespräch – jetzt kümmere ich mich um das, was wir besprochen haben.',
        'Immer schön, mit dir zu quatschen. Ich leg direkt mit den nächsten Schritten los.',
      ],
    },
    2: {
      formal: [
        'Ich will Sie nicht länger aufhalten – und Ihr Projekt wartet auch schon auf mich!',
        'Das war richtig nett, aber Ihr Projekt erledigt sich leider nicht von allein. Bis bald!',
        'Sie haben sicher auch noch einiges vor – und ich mache mich an Ihr Projekt.',
        'Lassen Sie uns das beim nächsten Mal fortsetzen. Ich möchte heute noch mit Ihrem Projekt anfangen.',
      ],
      informal: [
        'Ich will dich nicht länger aufhalten – und dein Projekt wartet auch schon auf mich!',
        'Das war richtig nett, aber dein Projekt erledigt sich leider nicht von allein. Bis bald!',
        'Du hast bestimmt auch noch einiges vor – und ich mach mich an dein Projekt.',
        'Lass uns beim nächsten Mal weiterquatschen. Ich will heute noch mit deinem Projekt anfangen.',
      ],
    },
    3: {
      formal: [
        'Ich muss jetzt wirklich los – ich melde mich mit einem Update zu Ihrem Projekt.',
        'Ich muss an dieser Stelle Schluss machen. Bis bald – ein Update bekommen Sie von mir.',
        '{client}, ich muss jetzt leider raus. Nochmals danke – Sie hören bald von mir.',
        'Ich verabschiede mich an dieser Stelle – mein nächster Termin wartet.',
      ],
      informal: [
        'Ich muss jetzt wirklich los – ich meld mich mit einem Update zu deinem Projekt.',
        'Ich muss hier Schluss machen. Bis bald – ein Update kriegst du von mir.',
        '{client}, ich muss jetzt leider raus. Nochmal danke – du hörst bald von mir.',
        'Ich verabschiede mich an dieser Stelle – mein nächster Call wartet.',
      ],
    },
  },
  adhocCall: {
    1: {
      formal: [
        'Ich helfe gern weiter. Können wir den Rest in unseren Wochentermin mitnehmen? Dann komme ich mit Ihrem Projekt voran.',
        'Schön, dass Sie anrufen. Sollen wir es kurz halten und die Details in unserem nächsten Termin besprechen?',
        'Ich notiere mir das kurz, dann besprechen wir es in Ruhe bei unserem nächsten regulären Termin.',
        '{client}, können wir den Rest in unserem festen Termin besprechen? Ich stecke gerade mitten in Ihrem Projekt.',
      ],
      informal: [
        'Ich helf dir gern. Können wir den Rest in unseren Wochentermin mitnehmen? Dann komm ich mit deinem Projekt voran.',
        'Schön, dass du anrufst. Wollen wir’s kurz halten und die Details in unserem nächsten Termin besprechen?',
        'Ich notier mir das kurz, dann besprechen wir es in Ruhe bei unserem nächsten regulären Termin.',
        '{client}, können wir den Rest in unserem festen Termin besprechen? Ich steck gerade mitten in deinem Projekt.',
      ],
    },
    2: {
      formal: [
        'Wir telefonieren jetzt seit {minutes}. Lassen Sie uns die weiteren Fragen für unseren Wochentermin sammeln.',
        'Dafür möchte ich mir richtig Zeit nehmen – können wir das in unserem festen Termin besprechen?',
        'Damit Ihr Projekt vorankommt, sollten wir solche spontanen Anrufe kurz halten und den Rest im Wochentermin klären.',
        'Darauf bin ich gerade nicht vorbereitet. Ich schaue mir das an und melde mich dann bei Ihnen.',
      ],
      informal: [
        'Wir telefonieren jetzt seit {minutes}. Lass uns die weiteren Fragen für unseren Wochentermin sammeln.',
        'Dafür will ich mir richtig Zeit nehmen – können wir das in unserem festen Termin besprechen?',
        'Damit dein Projekt vorankommt, sollten wir solche spontanen Anrufe kurz halten und den Rest im Wochentermin klären.',
        'Darauf bin ich gerade nicht vorbereitet. Ich schau mir das an und meld mich dann bei dir.',
      ],
    },
    3: {
      formal: [
        'Ich muss jetzt zurück an die Arbeit. Lassen Sie uns das in unserem nächsten festen Termin aufgreifen.',
        'Ich muss hier Schluss machen – schicken Sie mir den Rest bitte per E-Mail, dann klären wir ihn im Wochentermin.',
        '{client}, solche Anrufe gehen von der Zeit für Ihr Projekt ab. Lassen Sie uns künftig bei unserem Wochentermin bleiben.',
        'Ich muss an dieser Stelle aufhören. Wenn Sie mich öfter kurzfristig brauchen, sollten wir über einen Aufpreis für diese Erreichbarkeit sprechen.',
      ],
      informal: [
        'Ich muss jetzt zurück an die Arbeit. Lass uns das in unserem nächsten festen Termin aufgreifen.',
        'Ich muss hier Schluss machen – schick mir den Rest bitte per Mail, dann klären wir ihn im Wochentermin.',
        '{client}, solche Anrufe gehen von der Zeit für dein Projekt ab. Lass uns künftig bei unserem Wochentermin bleiben.',
        'Ich muss an dieser Stelle aufhören. Wenn du mich öfter kurzfristig brauchst, sollten wir über einen Aufpreis für diese Erreichbarkeit reden.',
      ],
    },
  },
  hardTalk: {
    1: {
      formal: [
        'Das kann ich nachvollziehen. Geben Sie mir einen Moment, um darüber nachzudenken.',
        'Danke, dass Sie das so offen ansprechen. Darf ich mir kurz Zeit nehmen, bevor ich antworte?',
        'Das ist wichtig. Ich möchte Ihnen darauf eine durchdachte Antwort geben, keine schnelle.',
        'Ich möchte sichergehen, dass ich Sie richtig verstehe – können Sie dazu noch etwas mehr sagen?',
      ],
      informal: [
        'Das kann ich nachvollziehen. Gib mir einen Moment, um darüber nachzudenken.',
        'Danke, dass du das so offen ansprichst. Darf ich mir kurz Zeit nehmen, bevor ich antworte?',
        'Das ist wichtig. Ich will dir darauf eine durchdachte Antwort geben, keine schnelle.',
        'Ich will sichergehen, dass ich dich richtig verstehe – kannst du dazu noch etwas mehr sagen?',
      ],
    },
    2: {
      formal: [
        'Darauf möchte ich nicht übereilt antworten. Darf ich mich morgen mit einer durchdachten Antwort bei Ihnen melden?',
        'Lassen Sie uns hier kurz innehalten. Ich denke in Ruhe darüber nach und komme mit einem klaren Vorschlag auf Sie zu.',
        'Das möchte ich richtig machen. Ich fasse zusammen, was ich gehört habe, und melde mich schriftlich bei Ihnen.',
        '„{item}“ verdient mehr Zeit, als wir gerade haben. Sollen wir einen eigenen Termin dafür vereinbaren?',
      ],
      informal: [
        'Darauf will ich nicht übereilt antworten. Darf ich mich morgen mit einer durchdachten Antwort bei dir melden?',
        'Lass uns hier kurz innehalten. Ich denk in Ruhe darüber nach und komm mit einem klaren Vorschlag auf dich zu.',
        'Das will ich richtig machen. Ich fasse zusammen, was ich gehört habe, und meld mich schriftlich bei dir.',
        '„{item}“ verdient mehr Zeit, als wir gerade haben. Sollen wir einen eigenen Termin dafür ausmachen?',
      ],
    },
    3: {
      formal: [
        'Lassen Sie uns für heute hier aufhören. Meine Antwort bekommen Sie bis Ende der Woche schriftlich.',
        'Das möchte ich nicht spontan entscheiden. Ich melde mich bei Ihnen, sobald ich es gründlich durchdacht habe.',
        'Wir haben heute viel besprochen. Ich lasse das in Ruhe sacken und melde mich zu allem, was ich zugesagt habe.',
        '{client}, lassen Sie uns hier einen Punkt machen und „{item}“ wieder aufgreifen, wenn wir beide Zeit zum Nachdenken hatten.',
      ],
      informal: [
        'Lass uns für heute hier aufhören. Meine Antwort bekommst du bis Ende der Woche schriftlich.',
        'Das will ich nicht spontan entscheiden. Ich meld mich bei dir, sobald ich es gründlich durchdacht habe.',
        'Wir haben heute viel besprochen. Ich lass das in Ruhe sacken und meld mich zu allem, was ich zugesagt habe.',
        '{client}, lass uns hier einen Punkt machen und „{item}“ wieder aufgreifen, wenn wir beide Zeit zum Nachdenken hatten.',
      ],
    },
  },
};
