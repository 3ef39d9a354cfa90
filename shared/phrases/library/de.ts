import type { LocalePhrases } from '../phrase.types';

/** German lines. Formal = Sie, informal = du (ihr when speaking to a group). */
export const de: LocalePhrases = {
  chattyClient: {
    1: {
      formal: {
        ybxg3i:
          'Das klingt wirklich schön – erzählen Sie mir am Ende gern mehr davon. Vorher habe ich noch ein paar Punkte zu „{item}“.',
        d870u7:
          'Spannend! Darf ich das kurz parken? Ich würde gern erst die geschäftlichen Punkte mit Ihnen durchgehen.',
        kxiiw4:
          '{client}, davon möchte ich gleich gern mehr hören. Lassen Sie uns vorher kurz das Geschäftliche erledigen.',
        ka6r4n:
          'Interessant – lassen Sie uns das kurz zurückstellen, damit wir „{item}“ in Ruhe besprechen können.',
      },
      informal: {
        kx7vex:
          'Das klingt richtig schön – erzähl mir am Ende gern mehr davon. Vorher hab ich noch ein paar Punkte zu „{item}“.',
        kd062v:
          'Spannend! Können wir das kurz parken? Ich würde gern erst die geschäftlichen Punkte mit dir durchgehen.',
        vei5uj:
          '{client}, davon will ich gleich unbedingt mehr hören. Lass uns vorher kurz das Geschäftliche erledigen.',
        dxj4nh:
          'Interessant – lass uns das kurz zur Seite legen, damit wir „{item}“ in Ruhe besprechen können.',
      },
    },
    2: {
      formal: {
        wbw1jo:
          'Fürs Plaudern möchten Sie mich bestimmt nicht bezahlen – sollen wir wieder zum Projekt kommen?',
        g54vr5:
          'Das macht wirklich Spaß, aber die Uhr läuft ja auf Ihre Kosten – machen wir mit „{item}“ weiter?',
        yh3boe:
          'Wir sind schon {minutes} vom Thema abgekommen – die Zeit stecke ich lieber in Ihr Projekt. Zurück zu „{item}“?',
        k1pjkr:
          '{client}, ich plaudere ein andermal gern weiter, aber Ihre Stunde nutzen wir besser für die Arbeit. Wo waren wir bei „{item}“ stehen geblieben?',
      },
      informal: {
        qrdf9u:
          'Fürs Plaudern willst du mich bestimmt nicht bezahlen – sollen wir wieder zum Projekt kommen?',
        kv2gv6:
          'Das macht echt Spaß, aber die Uhr läuft ja auf deine Kosten – machen wir mit „{item}“ weiter?',
        kzy46n:
          'Wir sind schon {minutes} vom Thema abgekommen – die Zeit steck ich lieber in dein Projekt. Zurück zu „{item}“?',
        kdafbs:
          '{client}, ich quatsch gern ein andermal weiter, aber deine Stunde nutzen wir besser für die Arbeit. Wo waren wir bei „{item}“ stehen geblieben?',
      },
    },
    3: {
      formal: {
        knqci7:
          'Wir sind jetzt {minutes} vom Thema weg – das sind bereits {cost} von Ihrem Budget. Kommen wir zurück zu „{item}“.',
        uhtx6l:
          'Ich möchte sorgsam mit Ihrem Budget umgehen, deshalb kehren wir jetzt zu unseren Themen zurück.',
        gtric2:
          'Lassen Sie uns das ein andermal vertiefen – ich möchte, dass wir „{item}“ heute noch abschließen.',
        kwifve: '{client}, ich hole uns jetzt zurück – wir haben „{item}“ noch vor uns.',
      },
      informal: {
        kik7w1:
          'Wir sind jetzt {minutes} vom Thema weg – das sind schon {cost} von deinem Budget. Zurück zu „{item}“.',
        wbcxlf:
          'Ich will sorgsam mit deinem Budget umgehen, deshalb machen wir jetzt mit unseren Themen weiter.',
        k89873: 'Lass uns das ein andermal vertiefen – ich will, dass wir „{item}“ heute noch abschließen.',
        h4e1i0: '{client}, ich hol uns jetzt zurück – wir haben „{item}“ noch vor uns.',
      },
    },
  },
  groupDrift: {
    1: {
      formal: {
        pq5ens:
          'Guter Punkt – lassen Sie uns das kurz parken und am Ende darauf zurückkommen, wenn noch Zeit ist.',
        kg7ae5: 'Das ist eigentlich ein eigenes Thema. Sollen wir zu „{item}“ zurückkommen?',
        cqx5x9: 'Ich notiere mir das, damit es nicht verloren geht – und hole uns zurück zu „{item}“.',
        w9o6gi:
          'Spannendes Thema – lassen Sie uns das in kleiner Runde vertiefen und hier mit „{item}“ weitermachen.',
      },
      informal: {
        k3o8i3:
          'Guter Punkt – lasst uns das kurz parken und am Ende darauf zurückkommen, wenn noch Zeit ist.',
        kdgeef: 'Das ist eigentlich ein eigenes Thema. Wollen wir zu „{item}“ zurück?',
        ktlab8: 'Ich schreib mir das auf, damit es nicht untergeht – und hol uns zurück zu „{item}“.',
        khpmpr:
          'Spannendes Thema – lasst uns das in kleiner Runde vertiefen und hier mit „{item}“ weitermachen.',
      },
    },
    2: {
      formal: {
        r89z8g:
          'Wir sind jetzt schon {minutes} vom Thema abgekommen – lassen Sie uns zur Agenda zurückkehren, damit sich die Zeit für alle lohnt.',
        sb4v5b:
          'Ich möchte die Zeit aller im Blick behalten – können Sie das bilateral klären, und wir kehren zu „{item}“ zurück?',
        d5jo5u:
          'Lassen Sie uns wieder in die Spur kommen: „{item}“ ist noch offen, und das Thema betrifft nicht alle in der Runde.',
        zoin31:
          'Könnten die Beteiligten das nach dem Termin direkt miteinander besprechen? Dann geht es hier mit „{item}“ weiter.',
      },
      informal: {
        krwea0:
          'Wir sind jetzt schon {minutes} vom Thema abgekommen – lasst uns zur Agenda zurück, damit sich die Zeit für alle lohnt.',
        iq3cmq:
          'Ich will die Zeit von allen im Blick behalten – könnt ihr das bilateral klären, und wir machen mit „{item}“ weiter?',
        ktrt2v:
          'Lasst uns wieder in die Spur kommen: „{item}“ ist noch offen, und das Thema betrifft nicht alle in der Runde.',
        cn4ziv:
          'Könnten die Beteiligten das nach dem Call direkt untereinander klären? Dann geht’s hier mit „{item}“ weiter.',
      },
    },
    3: {
      formal: {
        tmi1bi:
          'Wir sind jetzt {minutes} von der Agenda abgewichen. Ich hole uns an dieser Stelle zurück zu „{item}“.',
        o2ifst:
          'Lassen Sie uns hier stoppen und das separat klären – die restliche Zeit brauchen wir für „{item}“.',
        wpyuvl: 'Aus Rücksicht auf die Zeit aller parke ich das Thema jetzt. Zurück zu „{item}“.',
        g6vbas:
          'Wir müssen weiterkommen. Bitte klären Sie das separat – hier bringen wir jetzt „{item}“ zu Ende.',
      },
      informal: {
        ofkoao:
          'Wir sind jetzt {minutes} von der Agenda abgewichen. Ich hol uns an dieser Stelle zurück zu „{item}“.',
        gyo1fq:
          'Lasst uns hier stoppen und das separat klären – die restliche Zeit brauchen wir für „{item}“.',
        kw0gtt: 'Aus Rücksicht auf die Zeit von allen parke ich das Thema jetzt. Zurück zu „{item}“.',
        p9whlp: 'Wir müssen weiterkommen. Klärt das bitte separat – hier bringen wir jetzt „{item}“ zu Ende.',
      },
    },
  },
  itemOverrun: {
    1: {
      formal: {
        kqirc1: 'Die Zeit für „{item}“ ist erreicht. Sollen wir den Punkt langsam abschließen?',
        kshxlh:
          'Die Zeit für „{item}“ ist um – gibt es noch etwas Wichtiges, bevor wir zu „{next}“ übergehen?',
        tnaz6y:
          'Wir sind am Ende der Zeit für diesen Punkt. Lassen Sie uns das Ergebnis festhalten und weitermachen.',
        gg95pa: 'Kurzer Blick auf die Uhr: Für „{item}“ ist die geplante Zeit erreicht.',
      },
      informal: {
        b4bouq: 'Die Zeit für „{item}“ ist erreicht. Wollen wir den Punkt langsam abschließen?',
        x9qnev: 'Die Zeit für „{item}“ ist um – gibt’s noch was Wichtiges, bevor wir zu „{next}“ kommen?',
        f5udby: 'Wir sind am Ende der Zeit für diesen Punkt. Halten wir das Ergebnis fest und machen weiter.',
        mmzsb9: 'Kurzer Blick auf die Uhr: Für „{item}“ ist die geplante Zeit erreicht.',
      },
    },
    2: {
      formal: {
        nz6ppc:
          'Wir sind bei „{item}“ {minutes} über der Zeit. Können wir die nächsten Schritte festlegen und zu „{next}“ übergehen?',
        rdtbj0:
          'Lassen Sie uns „{item}“ abrunden – wir überziehen gerade, und ich möchte noch Zeit für den Rest lassen.',
        j5yro1:
          'Wir sind bei diesem Punkt über der Zeit. Ich fasse kurz zusammen, was wir haben, und dann geht es weiter – einverstanden?',
        csur2n:
          'Damit wir im Zeitplan bleiben, schließen wir „{item}“ hier ab und klären den Rest per E-Mail.',
      },
      informal: {
        ob2pfa:
          'Wir sind bei „{item}“ schon {minutes} drüber. Wollen wir die nächsten Schritte festhalten und zu „{next}“ weitergehen?',
        oxv54i: 'Runden wir „{item}“ ab – wir überziehen gerade, und ich will noch Zeit für den Rest haben.',
        rh6379:
          'Wir sind bei diesem Punkt über der Zeit. Ich fass kurz zusammen, was wir haben, und dann geht’s weiter – okay?',
        c7si3j:
          'Damit wir im Zeitplan bleiben, machen wir bei „{item}“ hier einen Punkt und klären den Rest per Mail.',
      },
    },
    3: {
      formal: {
        p1v3e6: 'Wir liegen bei „{item}“ {minutes} über der Zeit. Ich leite jetzt zu „{next}“ über.',
        rwi15n:
          'Lassen Sie uns „{item}“ an dieser Stelle beenden. Ich schicke eine Zusammenfassung, damit nichts verloren geht.',
        kup6r1: 'Wir haben diesen Punkt deutlich überzogen. Den Rest parken wir, und es geht weiter.',
        rcpav7:
          'Wir müssen jetzt weitermachen – „{item}“ können wir bei Bedarf in einem eigenen Termin vertiefen.',
      },
      informal: {
        fin16f: 'Wir sind bei „{item}“ {minutes} über der Zeit. Wir machen jetzt mit „{next}“ weiter.',
        wysylc:
          'Machen wir bei „{item}“ an dieser Stelle Schluss. Ich schick eine Zusammenfassung, damit nichts verloren geht.',
        dsh31k: 'Wir haben diesen Punkt deutlich überzogen. Den Rest parken wir, und es geht weiter.',
        g533lu: 'Wir müssen jetzt weiter – „{item}“ können wir bei Bedarf in einem eigenen Termin vertiefen.',
      },
    },
  },
  capNear: {
    1: {
      formal: {
        k5z879:
          'Kleiner Zeitcheck: Wir haben noch {minutes}. Lassen Sie uns sicherstellen, dass das Wichtigste drankommt.',
        exnmj4: 'Wir haben noch etwa {minutes} – was möchten Sie heute auf jeden Fall noch klären?',
        kr3tmm: 'Nur zur Info: Uns bleiben heute noch {minutes}.',
        jgnqch: '{client}, wir haben noch {minutes} – sollen wir die wichtigsten Punkte durchgehen?',
      },
      informal: {
        pe927h: 'Kleiner Zeitcheck: Wir haben noch {minutes}. Schauen wir, dass das Wichtigste drankommt.',
        h17mm4: 'Wir haben noch etwa {minutes} – was willst du heute auf jeden Fall noch klären?',
        wfiygp: 'Nur zur Info: Uns bleiben heute noch {minutes}.',
        tr5yjg: '{client}, wir haben noch {minutes} – sollen wir die wichtigsten Punkte durchgehen?',
      },
    },
    2: {
      formal: {
        ldi5uz:
          'Wir haben noch {minutes}. Lassen Sie uns langsam zum Abschluss kommen und die nächsten Schritte festhalten.',
        ktykq1: 'Nur noch {minutes} – fassen wir zusammen und klären, wer was übernimmt.',
        ksxe2w: 'Unsere Zeit ist fast um. Ich fasse kurz die nächsten Schritte zusammen.',
        n5wz0g:
          'Uns bleiben noch {minutes} – den Rest würde ich gern auf unseren nächsten Termin verschieben.',
      },
      informal: {
        x5lbgo:
          'Wir haben noch {minutes}. Kommen wir langsam zum Schluss und halten die nächsten Schritte fest.',
        m0e57m: 'Nur noch {minutes} – fassen wir zusammen und klären, wer was übernimmt.',
        ugud0u: 'Unsere Zeit ist fast um. Ich fass kurz die nächsten Schritte zusammen.',
        y4wu98: 'Uns bleiben noch {minutes} – den Rest schieben wir am besten auf unseren nächsten Termin.',
      },
    },
    3: {
      formal: {
        kxxpr5: 'Wir sind auf der Zielgeraden. Ich fasse kurz zusammen, und dann machen wir Schluss.',
        f1pjmp: 'Wir haben noch {minutes} – lassen Sie uns hier zum Ende kommen.',
        d36y8e: 'Die Zeit ist gleich um. Ich schicke Ihnen nach dem Termin eine Zusammenfassung.',
        m98au5: 'Lassen Sie uns hier abschließen – zu allem, was noch offen ist, melde ich mich schriftlich.',
      },
      informal: {
        s25k2x: 'Wir sind auf der Zielgeraden. Ich fass kurz zusammen, und dann machen wir Schluss.',
        koh4pd: 'Wir haben noch {minutes} – kommen wir hier zum Ende.',
        tv3mz0: 'Die Zeit ist gleich um. Ich schick dir nach dem Call eine Zusammenfassung.',
        khvr5s: 'Machen wir hier Schluss – zu allem, was noch offen ist, melde ich mich schriftlich.',
      },
    },
  },
  capPassed: {
    1: {
      formal: {
        cfdcpv:
          'Unsere Zeit ist um. Lassen Sie uns hier abschließen – ich schicke Ihnen eine Zusammenfassung.',
        k5zg90: 'Das war unsere Zeit. Wollen wir zum Schluss noch die nächsten Schritte festhalten?',
        napb4t:
          'Wir sind am Ende der geplanten Zeit. Gibt es noch etwas Dringendes, bevor wir zum Ende kommen?',
        dy31iv: '{client}, unsere Zeit ist um – den Rest kläre ich gern per E-Mail mit Ihnen.',
      },
      informal: {
        kp0m9q: 'Unsere Zeit ist um. Machen wir hier Schluss – ich schick dir eine Zusammenfassung.',
        kph5ry: 'Das war unsere Zeit. Halten wir zum Schluss noch die nächsten Schritte fest?',
        juscxq: 'Wir sind am Ende der geplanten Zeit. Gibt’s noch was Dringendes, bevor wir aufhören?',
        d5gx7z: '{client}, die Zeit ist um – den Rest klären wir per Mail, okay?',
      },
    },
    2: {
      formal: {
        k27o4j:
          'Wir sind {minutes} über der Zeit. Lassen Sie uns jetzt abschließen und den Rest beim nächsten Mal aufgreifen.',
        kgqor1:
          'Ich muss auf die Zeit achten – lassen Sie uns hier aufhören und im nächsten Termin weitermachen.',
        ns4alk:
          'Wir haben überzogen. Ich schicke Ihnen eine Zusammenfassung, und den Rest klären wir per E-Mail.',
        afl2fr:
          'Ich muss langsam zum Ende kommen, ich habe gleich den nächsten Termin. Machen wir beim nächsten Mal weiter.',
      },
      informal: {
        slmdk8:
          'Wir sind {minutes} über der Zeit. Machen wir jetzt Schluss und greifen den Rest beim nächsten Mal auf.',
        t32ueh: 'Ich muss auf die Zeit achten – hören wir hier auf und machen im nächsten Termin weiter.',
        k9ntaj: 'Wir haben überzogen. Ich schick dir eine Zusammenfassung, und den Rest klären wir per Mail.',
        tmfdgx:
          'Ich muss langsam zum Ende kommen, ich hab gleich den nächsten Termin. Machen wir beim nächsten Mal weiter.',
      },
    },
    3: {
      formal: {
        k68z1u:
          'Wir haben {minutes} überzogen. Ich muss das Gespräch hier beenden – die nächsten Schritte schicke ich Ihnen.',
        zw7ud3:
          'Tut mir leid, ich muss jetzt wirklich los. Lassen Sie uns für den Rest einen Folgetermin vereinbaren.',
        v1ps8y:
          'Lassen Sie uns hier aufhören. Alles Offene kommt auf die Agenda für unser nächstes Gespräch.',
        w4yyq4:
          'Ich muss hier Schluss machen. Ich schicke eine Zusammenfassung, und den Rest besprechen wir beim nächsten Mal.',
      },
      informal: {
        g82tgf:
          'Wir haben {minutes} überzogen. Ich muss hier leider Schluss machen – die nächsten Schritte schick ich dir.',
        uycr0m:
          'Tut mir leid, ich muss jetzt wirklich los. Lass uns für den Rest einen neuen Termin ausmachen.',
        kl3jh0: 'Hören wir hier auf. Alles Offene kommt auf die Agenda für unser nächstes Gespräch.',
        hr8oa0:
          'Ich muss hier Schluss machen. Ich schick eine Zusammenfassung, und den Rest besprechen wir beim nächsten Mal.',
      },
    },
  },
  chatAtEnd: {
    1: {
      formal: {
        nsvhnu: 'Schön, dass wir uns mal wieder ausgetauscht haben! Ich mache mich jetzt an Ihr Projekt.',
        kmiwe6:
          'Hat mich sehr gefreut, {client}. Ich lege gleich mit Ihrem Projekt los, damit alles rechtzeitig fertig wird.',
        klhjtv: 'Danke für das nette Gespräch – jetzt kümmere ich mich um das, was wir besprochen haben.',
        k5cdbd: 'Immer schön, ein bisschen zu plaudern. Ich starte gleich mit den nächsten Schritten.',
      },
      informal: {
        k8jdr3: 'Schön, dass wir mal wieder gequatscht haben! Ich mach mich jetzt an dein Projekt.',
        zmlr4t:
          'Hat mich echt gefreut, {client}. Ich leg gleich mit deinem Projekt los, damit alles rechtzeitig fertig wird.',
        oau1w7: 'Danke fürs nette Gespräch – jetzt kümmere ich mich um das, was wir besprochen haben.',
        ke9id1: 'Immer schön, mit dir zu quatschen. Ich leg direkt mit den nächsten Schritten los.',
      },
    },
    2: {
      formal: {
        klsol3: 'Ich will Sie nicht länger aufhalten – und Ihr Projekt wartet auch schon auf mich!',
        kta8jl: 'Das war richtig nett, aber Ihr Projekt erledigt sich leider nicht von allein. Bis bald!',
        p4kmvn: 'Sie haben sicher auch noch einiges vor – und ich mache mich an Ihr Projekt.',
        bjgigv:
          'Lassen Sie uns das beim nächsten Mal fortsetzen. Ich möchte heute noch mit Ihrem Projekt anfangen.',
      },
      informal: {
        gbx22q: 'Ich will dich nicht länger aufhalten – und dein Projekt wartet auch schon auf mich!',
        i009jd: 'Das war richtig nett, aber dein Projekt erledigt sich leider nicht von allein. Bis bald!',
        e1tqdv: 'Du hast bestimmt auch noch einiges vor – und ich mach mich an dein Projekt.',
        xjq7bz:
          'Lass uns beim nächsten Mal weiterquatschen. Ich will heute noch mit deinem Projekt anfangen.',
      },
    },
    3: {
      formal: {
        m7et0c: 'Ich muss jetzt wirklich los – ich melde mich mit einem Update zu Ihrem Projekt.',
        zh9i99: 'Ich muss an dieser Stelle Schluss machen. Bis bald – ein Update bekommen Sie von mir.',
        yj2gen: '{client}, ich muss jetzt leider raus. Nochmals danke – Sie hören bald von mir.',
        gnrt27: 'Ich verabschiede mich an dieser Stelle – mein nächster Termin wartet.',
      },
      informal: {
        t272fl: 'Ich muss jetzt wirklich los – ich meld mich mit einem Update zu deinem Projekt.',
        i24f01: 'Ich muss hier Schluss machen. Bis bald – ein Update kriegst du von mir.',
        ko8i7r: '{client}, ich muss jetzt leider raus. Nochmal danke – du hörst bald von mir.',
        x94l33: 'Ich verabschiede mich an dieser Stelle – mein nächster Call wartet.',
      },
    },
  },
  adhocCall: {
    1: {
      formal: {
        ok7m04:
          'Ich helfe gern weiter. Können wir den Rest in unseren Wochentermin mitnehmen? Dann komme ich mit Ihrem Projekt voran.',
        jvz6b9:
          'Schön, dass Sie anrufen. Sollen wir es kurz halten und die Details in unserem nächsten Termin besprechen?',
        icvnr6:
          'Ich notiere mir das kurz, dann besprechen wir es in Ruhe bei unserem nächsten regulären Termin.',
        kdk73w:
          '{client}, können wir den Rest in unserem festen Termin besprechen? Ich stecke gerade mitten in Ihrem Projekt.',
      },
      informal: {
        ti0w5f:
          'Ich helf dir gern. Können wir den Rest in unseren Wochentermin mitnehmen? Dann komm ich mit deinem Projekt voran.',
        a86bq6:
          'Schön, dass du anrufst. Wollen wir’s kurz halten und die Details in unserem nächsten Termin besprechen?',
        kabrmu:
          'Ich notier mir das kurz, dann besprechen wir es in Ruhe bei unserem nächsten regulären Termin.',
        ae0ie1:
          '{client}, können wir den Rest in unserem festen Termin besprechen? Ich steck gerade mitten in deinem Projekt.',
      },
    },
    2: {
      formal: {
        j1eww4:
          'Wir telefonieren jetzt seit {minutes}. Lassen Sie uns die weiteren Fragen für unseren Wochentermin sammeln.',
        micn9o:
          'Dafür möchte ich mir richtig Zeit nehmen – können wir das in unserem festen Termin besprechen?',
        wuo24c:
          'Damit Ihr Projekt vorankommt, sollten wir solche spontanen Anrufe kurz halten und den Rest im Wochentermin klären.',
        uoxdh0:
          'Darauf bin ich gerade nicht vorbereitet. Ich schaue mir das an und melde mich dann bei Ihnen.',
      },
      informal: {
        rlz97t:
          'Wir telefonieren jetzt seit {minutes}. Lass uns die weiteren Fragen für unseren Wochentermin sammeln.',
        k3cf15:
          'Dafür will ich mir richtig Zeit nehmen – können wir das in unserem festen Termin besprechen?',
        mmplj8:
          'Damit dein Projekt vorankommt, sollten wir solche spontanen Anrufe kurz halten und den Rest im Wochentermin klären.',
        ka0pvu: 'Darauf bin ich gerade nicht vorbereitet. Ich schau mir das an und meld mich dann bei dir.',
      },
    },
    3: {
      formal: {
        kcoh0g:
          'Ich muss jetzt zurück an die Arbeit. Lassen Sie uns das in unserem nächsten festen Termin aufgreifen.',
        kpfjpm:
          'Ich muss hier Schluss machen – schicken Sie mir den Rest bitte per E-Mail, dann klären wir ihn im Wochentermin.',
        ksj5or:
          '{client}, solche Anrufe gehen von der Zeit für Ihr Projekt ab. Lassen Sie uns künftig bei unserem Wochentermin bleiben.',
        ytnwm8:
          'Ich muss an dieser Stelle aufhören. Wenn Sie mich öfter kurzfristig brauchen, sollten wir über einen Aufpreis für diese Erreichbarkeit sprechen.',
      },
      informal: {
        kywvtr:
          'Ich muss jetzt zurück an die Arbeit. Lass uns das in unserem nächsten festen Termin aufgreifen.',
        uey909:
          'Ich muss hier Schluss machen – schick mir den Rest bitte per Mail, dann klären wir ihn im Wochentermin.',
        m767q3:
          '{client}, solche Anrufe gehen von der Zeit für dein Projekt ab. Lass uns künftig bei unserem Wochentermin bleiben.',
        kkqksz:
          'Ich muss an dieser Stelle aufhören. Wenn du mich öfter kurzfristig brauchst, sollten wir über einen Aufpreis für diese Erreichbarkeit reden.',
      },
    },
  },
  hardTalk: {
    1: {
      formal: {
        t3smvo: 'Das kann ich nachvollziehen. Geben Sie mir einen Moment, um darüber nachzudenken.',
        kzhrmf: 'Danke, dass Sie das so offen ansprechen. Darf ich mir kurz Zeit nehmen, bevor ich antworte?',
        lzqxf8: 'Das ist wichtig. Ich möchte Ihnen darauf eine durchdachte Antwort geben, keine schnelle.',
        jbo8vx:
          'Ich möchte sichergehen, dass ich Sie richtig verstehe – können Sie dazu noch etwas mehr sagen?',
      },
      informal: {
        yf67kd: 'Das kann ich nachvollziehen. Gib mir einen Moment, um darüber nachzudenken.',
        kkx06a: 'Danke, dass du das so offen ansprichst. Darf ich mir kurz Zeit nehmen, bevor ich antworte?',
        uy1riy: 'Das ist wichtig. Ich will dir darauf eine durchdachte Antwort geben, keine schnelle.',
        x1gyjl:
          'Ich will sichergehen, dass ich dich richtig verstehe – kannst du dazu noch etwas mehr sagen?',
      },
    },
    2: {
      formal: {
        khypgf:
          'Darauf möchte ich nicht übereilt antworten. Darf ich mich morgen mit einer durchdachten Antwort bei Ihnen melden?',
        fdqvq9:
          'Lassen Sie uns hier kurz innehalten. Ich denke in Ruhe darüber nach und komme mit einem klaren Vorschlag auf Sie zu.',
        fvoicx:
          'Das möchte ich richtig machen. Ich fasse zusammen, was ich gehört habe, und melde mich schriftlich bei Ihnen.',
        ail4fb:
          '„{item}“ verdient mehr Zeit, als wir gerade haben. Sollen wir einen eigenen Termin dafür vereinbaren?',
      },
      informal: {
        m4mjlx:
          'Darauf will ich nicht übereilt antworten. Darf ich mich morgen mit einer durchdachten Antwort bei dir melden?',
        hskzn3:
          'Lass uns hier kurz innehalten. Ich denk in Ruhe darüber nach und komm mit einem klaren Vorschlag auf dich zu.',
        cxur42:
          'Das will ich richtig machen. Ich fasse zusammen, was ich gehört habe, und meld mich schriftlich bei dir.',
        k2zumw:
          '„{item}“ verdient mehr Zeit, als wir gerade haben. Sollen wir einen eigenen Termin dafür ausmachen?',
      },
    },
    3: {
      formal: {
        k60rzv:
          'Lassen Sie uns für heute hier aufhören. Meine Antwort bekommen Sie bis Ende der Woche schriftlich.',
        i6o1c8:
          'Das möchte ich nicht spontan entscheiden. Ich melde mich bei Ihnen, sobald ich es gründlich durchdacht habe.',
        fh8ymo:
          'Wir haben heute viel besprochen. Ich lasse das in Ruhe sacken und melde mich zu allem, was ich zugesagt habe.',
        unu0lt:
          '{client}, lassen Sie uns hier einen Punkt machen und „{item}“ wieder aufgreifen, wenn wir beide Zeit zum Nachdenken hatten.',
      },
      informal: {
        y9mtvc: 'Lass uns für heute hier aufhören. Meine Antwort bekommst du bis Ende der Woche schriftlich.',
        k3opml:
          'Das will ich nicht spontan entscheiden. Ich meld mich bei dir, sobald ich es gründlich durchdacht habe.',
        kd53ij:
          'Wir haben heute viel besprochen. Ich lass das in Ruhe sacken und meld mich zu allem, was ich zugesagt habe.',
        hgcdky:
          '{client}, lass uns hier einen Punkt machen und „{item}“ wieder aufgreifen, wenn wir beide Zeit zum Nachdenken hatten.',
      },
    },
  },
};
