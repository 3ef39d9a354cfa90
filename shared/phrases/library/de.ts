import type { LocalePhrases } from '../phrase.types';

/**
 * German lines. Formal = Sie, informal = du to one person and ihr to a group. Sie is also the plural, so a formal
 * line that names no one fits one person and a group alike ('any'); informal 'any' lines say only wir and ich.
 * {name} is the person as the user addresses them ("Anna", "Frau Weber"), so it is the one used to speak to them.
 */
export const de: LocalePhrases = {
  chattyClient: {
    1: {
      formal: {
        one: {
          ybxg3i:
            'Das klingt wirklich schön – erzählen Sie mir am Ende gern mehr davon. Vorher habe ich aber noch ein paar Punkte zum Thema „{item}“.',
          d870u7:
            'Spannend! Darf ich das kurz parken? Ich würde gern erst die geschäftlichen Punkte mit Ihnen durchgehen.',
          kxiiw4:
            '{name}, ich will Sie gar nicht bremsen – aber ich habe heute ein paar Fragen, bei denen Sie mir wirklich weiterhelfen können. Darf ich die kurz stellen?',
          ka6r4n:
            'Oh, jetzt sind wir ins Plaudern gekommen – wollen wir uns den Punkt „{item}“ vornehmen, damit wir ihn in Ruhe schaffen?',
        },
      },
      informal: {
        one: {
          kx7vex:
            'Das klingt richtig schön – erzähl mir am Ende gern mehr davon. Vorher hab ich aber noch ein paar Punkte zum Thema „{item}“.',
          kd062v:
            'Spannend! Können wir das kurz parken? Ich würde gern erst die geschäftlichen Punkte mit dir durchgehen.',
          vei5uj:
            '{name}, ich will dich gar nicht bremsen – aber ich hab heute ein paar Fragen, bei denen du mir echt weiterhelfen kannst. Darf ich die kurz loswerden?',
          dxj4nh:
            'Oh, jetzt sind wir ins Quatschen gekommen – wollen wir uns den Punkt „{item}“ vornehmen, damit wir den in Ruhe schaffen?',
        },
      },
    },
    2: {
      formal: {
        one: {
          wbw1jo:
            'Fürs Plaudern möchten Sie mich bestimmt nicht bezahlen – sollen wir wieder zur Sache kommen?',
          g54vr5:
            'Das macht wirklich Spaß, aber die Uhr läuft ja mit – machen wir mit dem Punkt „{item}“ weiter?',
          yh3boe:
            'Jetzt sind wir bei etwas ganz anderem gelandet – die Zeit stecke ich lieber in Ihr Projekt. Zurück zum Punkt „{item}“?',
          k1pjkr:
            '{name}, ich plaudere gern ein andermal weiter – wo waren wir beim Punkt „{item}“ stehen geblieben?',
        },
      },
      informal: {
        one: {
          qrdf9u:
            'Fürs Plaudern willst du mich bestimmt nicht bezahlen – sollen wir wieder zur Sache kommen?',
          kv2gv6:
            'Das macht echt Spaß, aber die Uhr läuft ja mit – machen wir mit dem Punkt „{item}“ weiter?',
          kzy46n:
            'Jetzt sind wir bei was ganz anderem gelandet – die Zeit steck ich lieber in dein Projekt. Zurück zum Punkt „{item}“?',
          kdafbs:
            '{name}, ich quatsch gern ein andermal weiter – wo waren wir beim Punkt „{item}“ stehen geblieben?',
        },
      },
    },
    3: {
      formal: {
        one: {
          knqci7:
            'Wir sind jetzt seit {minutes} vom Thema weg – das sind {cost}. Kommen wir zurück zum Punkt „{item}“.',
          uhtx6l:
            'Ich möchte sorgsam mit Ihrem Budget umgehen – deshalb machen wir jetzt mit unseren Themen weiter.',
          gtric2: 'Das vertiefen wir gern ein andermal – „{item}“ möchte ich heute aber noch abschließen.',
          kwifve: '{name}, wir müssen jetzt wirklich zum Thema zurück – der Punkt „{item}“ steht noch aus.',
        },
      },
      informal: {
        one: {
          kik7w1: 'Wir sind jetzt seit {minutes} vom Thema weg – das sind {cost}. Zurück zum Punkt „{item}“.',
          wbcxlf:
            'Ich will sorgsam mit deinem Budget umgehen – also lass uns mit unseren Themen weitermachen.',
          k89873: 'Das vertiefen wir gern ein andermal – „{item}“ will ich heute aber noch abschließen.',
          h4e1i0: '{name}, wir müssen jetzt echt zum Thema zurück – der Punkt „{item}“ steht noch aus.',
        },
      },
    },
  },
  groupDrift: {
    1: {
      formal: {
        group: {
          pq5ens: 'Guter Punkt – das parken wir kurz und kommen am Ende darauf zurück, wenn noch Zeit ist.',
          kg7ae5: 'Das ist eigentlich ein eigenes Thema. Sollen wir zum Punkt „{item}“ zurückkommen?',
          cqx5x9: 'Ich notiere mir das, damit es nicht verloren geht – und dann zurück zum Punkt „{item}“.',
          w9o6gi:
            'Spannendes Thema – das können Sie gern nachher in kleiner Runde vertiefen. Hier machen wir mit dem Punkt „{item}“ weiter.',
        },
      },
      informal: {
        group: {
          k3o8i3:
            'Guter Punkt – lasst uns das kurz parken und am Ende drauf zurückkommen, wenn noch Zeit ist.',
          kdgeef: 'Das ist eigentlich ein eigenes Thema. Wollen wir zum Punkt „{item}“ zurück?',
          ktlab8: 'Ich schreib mir das auf, damit es nicht untergeht – und dann zurück zum Punkt „{item}“.',
          khpmpr:
            'Spannendes Thema – das könnt ihr gern nachher in kleiner Runde vertiefen. Hier machen wir mit dem Punkt „{item}“ weiter.',
        },
      },
    },
    2: {
      formal: {
        group: {
          r89z8g:
            'Das führt uns gerade ziemlich weit weg von der Agenda. Kommen wir zurück, damit wir die gemeinsame Zeit gut nutzen.',
          sb4v5b:
            'Ich möchte auf die Zeit aller achten – klären Sie das gern bilateral, wir kehren zum Punkt „{item}“ zurück.',
          d5jo5u: 'Kommen wir wieder zur Sache: Was brauchen wir noch, um den Punkt „{item}“ abzuschließen?',
          zoin31:
            'Wollen wir uns für das Thema jetzt Zeit nehmen? Sonst setze ich es für später auf die Liste, und wir machen mit dem Punkt „{item}“ weiter.',
        },
      },
      informal: {
        group: {
          krwea0:
            'Jetzt sind wir ganz schön weit von der Agenda weg – lasst uns zurückkommen, damit wir mit der Zeit hinkommen.',
          iq3cmq:
            'Ich will, dass wir alle pünktlich rauskommen – klärt das gern unter euch, wir machen mit dem Punkt „{item}“ weiter.',
          ktrt2v:
            'Lasst uns wieder zur Sache kommen: Was brauchen wir noch, um den Punkt „{item}“ abzuschließen?',
          cn4ziv:
            'Wollen wir uns für das Thema jetzt Zeit nehmen? Sonst setz ich’s für später auf die Liste, und wir machen mit dem Punkt „{item}“ weiter.',
        },
      },
    },
    3: {
      formal: {
        group: {
          tmi1bi:
            'Wir sind jetzt seit {minutes} abseits der Agenda. Ich hole uns an dieser Stelle zurück zum Punkt „{item}“.',
          o2ifst:
            'Machen wir hier einen Schnitt und klären das separat – die restliche Zeit brauchen wir für „{item}“.',
          wpyuvl: 'Aus Rücksicht auf die Zeit aller parke ich das Thema jetzt. Zurück zum Punkt „{item}“.',
          g6vbas:
            'Ich muss hier unterbrechen, sonst schaffen wir die Agenda heute nicht. Weiter mit dem Punkt „{item}“.',
        },
      },
      informal: {
        group: {
          ofkoao:
            'Wir sind jetzt seit {minutes} abseits der Agenda. Ich hol uns an dieser Stelle zurück zum Punkt „{item}“.',
          gyo1fq:
            'Lasst uns hier einen Schnitt machen und das separat klären – die restliche Zeit brauchen wir für „{item}“.',
          kw0gtt: 'Ich park das Thema jetzt, sonst wird’s für alle zu lang. Zurück zum Punkt „{item}“.',
          p9whlp:
            'Ich muss hier unterbrechen, sonst schaffen wir die Agenda heute nicht. Weiter mit dem Punkt „{item}“.',
        },
      },
    },
  },
  itemOverrun: {
    1: {
      formal: {
        any: {
          kqirc1:
            'Wie weit sind wir beim Punkt „{item}“? Die eingeplante Zeit ist eigentlich schon um – sollen wir ihn langsam abschließen?',
          kshxlh:
            'Die Zeit für „{item}“ ist um – gibt es noch etwas Wichtiges, bevor wir zum Punkt „{next}“ übergehen?',
          tnaz6y:
            'Damit sind wir am Ende der Zeit für diesen Punkt. Halten wir das Ergebnis fest und machen weiter?',
          gg95pa:
            'Kurzer Blick auf die Uhr: Brauchen wir für „{item}“ noch ein paar Minuten, oder kommen wir zum Abschluss?',
        },
      },
      informal: {
        any: {
          b4bouq:
            'Wie weit sind wir beim Punkt „{item}“? Die eingeplante Zeit ist eigentlich schon rum – wollen wir ihn langsam abschließen?',
          x9qnev:
            'Die Zeit für „{item}“ ist um – gibt’s noch was Wichtiges, bevor wir zum Punkt „{next}“ kommen?',
          f5udby:
            'Damit sind wir am Ende der Zeit für diesen Punkt. Halten wir das Ergebnis fest und machen weiter?',
          mmzsb9:
            'Kurzer Blick auf die Uhr: Brauchen wir für „{item}“ noch ein paar Minuten, oder machen wir einen Haken dran?',
        },
      },
    },
    2: {
      formal: {
        any: {
          nz6ppc:
            'Wir sind bei „{item}“ {minutes} über der Zeit. Können wir die nächsten Schritte festlegen und zum Punkt „{next}“ übergehen?',
          rdtbj0:
            'Runden wir den Punkt „{item}“ ab – wir überziehen gerade, und ich möchte, dass für den Rest noch Zeit bleibt.',
          j5yro1:
            'Wir sind bei diesem Punkt über der Zeit. Ich fasse kurz zusammen, was wir haben, und dann geht es weiter – einverstanden?',
          csur2n:
            'Damit wir im Zeitplan bleiben, schließen wir „{item}“ hier ab und klären den Rest per E-Mail.',
        },
      },
      informal: {
        any: {
          ob2pfa:
            'Wir sind bei „{item}“ schon {minutes} drüber. Wollen wir die nächsten Schritte festhalten und zum Punkt „{next}“ weitergehen?',
          oxv54i:
            'Runden wir den Punkt „{item}“ ab – wir überziehen gerade, und ich will, dass für den Rest noch Zeit bleibt.',
          rh6379:
            'Wir sind bei diesem Punkt über der Zeit. Ich fass kurz zusammen, was wir haben, und dann geht’s weiter – okay?',
          c7si3j:
            'Damit wir im Zeitplan bleiben, hören wir bei „{item}“ hier auf und klären den Rest per Mail.',
        },
      },
    },
    3: {
      formal: {
        any: {
          p1v3e6:
            'Bei „{item}“ liegen wir {minutes} über der Zeit. Wir gehen jetzt weiter zum Punkt „{next}“.',
          rwi15n:
            'An dieser Stelle beenden wir „{item}“. Ich schicke danach eine Zusammenfassung, damit nichts verloren geht.',
          kup6r1: 'Bei diesem Punkt haben wir deutlich überzogen. Den Rest parken wir, und es geht weiter.',
          rcpav7:
            'Wir müssen jetzt weitermachen – „{item}“ können wir bei Bedarf in einem eigenen Termin vertiefen.',
        },
      },
      informal: {
        any: {
          fin16f:
            'Wir sind bei „{item}“ {minutes} über der Zeit – jetzt geht’s mit dem Punkt „{next}“ weiter.',
          wysylc:
            'Machen wir bei „{item}“ an dieser Stelle Schluss. Ich schick eine Zusammenfassung, damit nichts verloren geht.',
          dsh31k: 'Bei diesem Punkt haben wir deutlich überzogen. Den Rest parken wir, und weiter geht’s.',
          g533lu:
            'Wir müssen jetzt weiter – „{item}“ können wir bei Bedarf in einem eigenen Termin vertiefen.',
        },
      },
    },
  },
  capNear: {
    1: {
      formal: {
        one: {
          jgnqch: '{name}, wir haben noch {minutes} – soll ich kurz zusammenfassen, wo wir stehen?',
        },
        any: {
          k5z879:
            'Kleiner Zeitcheck: Wir haben noch {minutes}. Achten wir darauf, dass das Wichtigste drankommt.',
          exnmj4: 'Wir haben noch etwa {minutes} – was möchten Sie heute auf jeden Fall noch klären?',
          kr3tmm: 'Nur zur Info: In {minutes} ist unsere Zeit um.',
          cisear: 'Noch {minutes} – schaffen wir „{item}“ heute noch, oder verschieben wir den Punkt?',
        },
      },
      informal: {
        one: {
          h17mm4: 'Wir haben noch etwa {minutes} – was willst du heute auf jeden Fall noch klären?',
          tr5yjg: '{name}, wir haben noch {minutes} – soll ich kurz zusammenfassen, wo wir stehen?',
        },
        group: {
          rrl7s4: 'Wir haben noch etwa {minutes} – was wollt ihr heute auf jeden Fall noch klären?',
        },
        any: {
          pe927h: 'Kleiner Zeitcheck: Wir haben noch {minutes}. Schauen wir, dass das Wichtigste drankommt.',
          wfiygp: 'Nur zur Info: In {minutes} ist unsere Zeit um.',
          xtzhfg: 'Noch {minutes} – schaffen wir „{item}“ heute noch, oder schieben wir den Punkt?',
        },
      },
    },
    2: {
      formal: {
        any: {
          ldi5uz:
            'Wir haben noch {minutes}. Neue Themen fangen wir heute besser nicht mehr an – bringen wir lieber zu Ende, was schon auf dem Tisch liegt.',
          ktykq1: 'Nur noch {minutes} – bevor die Zeit um ist, sollten wir klären, wer was übernimmt.',
          ksxe2w: 'Unsere Zeit ist fast um. Gibt es noch etwas, das heute unbedingt entschieden werden muss?',
          n5wz0g:
            'Für alles reicht die Zeit heute nicht mehr – den Rest würde ich gern auf unseren nächsten Termin verschieben.',
        },
      },
      informal: {
        any: {
          x5lbgo:
            'Wir haben noch {minutes}. Neue Themen fangen wir heute besser nicht mehr an – bringen wir lieber zu Ende, was schon auf dem Tisch liegt.',
          m0e57m: 'Nur noch {minutes} – bevor die Zeit um ist, sollten wir klären, wer was übernimmt.',
          ugud0u: 'Unsere Zeit ist fast um. Muss heute noch irgendwas unbedingt entschieden werden?',
          y4wu98:
            'Für alles reicht die Zeit heute nicht mehr – den Rest schieben wir am besten auf unseren nächsten Termin.',
        },
      },
    },
    3: {
      formal: {
        any: {
          kxxpr5: 'Wir sind auf der Zielgeraden. Ich fasse kurz zusammen, und dann machen wir Schluss.',
          f1pjmp: 'Wir haben noch {minutes}, dann ist Schluss – überziehen kann ich heute leider nicht.',
          d36y8e: 'Die Zeit ist gleich um. Ich schicke Ihnen nach dem Termin eine Zusammenfassung.',
          m98au5:
            'Ich beende den Termin pünktlich – was wir bis dahin nicht schaffen, nehmen wir beim nächsten Mal als Erstes dran.',
        },
      },
      informal: {
        one: {
          tv3mz0: 'Die Zeit ist gleich um. Ich schick dir nach dem Call eine Zusammenfassung.',
        },
        group: {
          hfprdq: 'Die Zeit ist gleich um. Ich schick euch nach dem Call eine Zusammenfassung.',
        },
        any: {
          s25k2x: 'Wir sind auf der Zielgeraden. Ich fass kurz zusammen, und dann machen wir Schluss.',
          koh4pd: 'Wir haben noch {minutes}, dann ist Schluss – überziehen ist heute leider nicht drin.',
          khvr5s:
            'Ich mach pünktlich Schluss – was bis dahin nicht mehr reinpasst, nehmen wir beim nächsten Mal als Erstes dran.',
        },
      },
    },
  },
  capPassed: {
    1: {
      formal: {
        one: {
          dy31iv: '{name}, die Zeit ist leider um – passt es Ihnen, wenn wir hier einen Schnitt machen?',
        },
        group: {
          zmdgnr:
            'Vielen Dank an alle – unsere Zeit ist um. Wer noch etwas Dringendes hat, kann sich gern direkt bei mir melden.',
        },
        any: {
          cfdcpv: 'Unsere Zeit ist um. Schließen wir hier ab – ich schicke Ihnen eine Zusammenfassung.',
          k5zg90:
            'Das wär’s zeitlich für heute. Wollen wir zum Schluss noch die nächsten Schritte festhalten?',
          napb4t:
            'Wir sind am Ende der geplanten Zeit. Gibt es noch etwas Dringendes, bevor wir uns verabschieden?',
        },
      },
      informal: {
        one: {
          kp0m9q: 'Unsere Zeit ist um. Machen wir hier Schluss – ich schick dir eine Zusammenfassung.',
          d5gx7z: '{name}, die Zeit ist um – passt es dir, wenn wir hier einen Schnitt machen?',
        },
        group: {
          moyxss: 'Unsere Zeit ist um. Machen wir hier Schluss – ich schick euch eine Zusammenfassung.',
          dxbmo1:
            'Danke euch allen – die Zeit ist um. Wer noch was Dringendes hat, meldet sich einfach direkt bei mir.',
        },
        any: {
          kph5ry: 'Das war’s zeitlich für heute. Halten wir zum Schluss noch die nächsten Schritte fest?',
          juscxq: 'Wir sind am Ende der geplanten Zeit. Gibt’s noch was Dringendes, bevor wir aufhören?',
        },
      },
    },
    2: {
      formal: {
        any: {
          k27o4j:
            'Wir sind schon {minutes} über der Zeit. Schließen wir jetzt ab und greifen den Rest beim nächsten Mal auf.',
          kgqor1: 'Ich möchte Sie nicht noch länger aufhalten – lassen Sie uns hier einen Punkt machen.',
          ns4alk:
            'Wir haben überzogen. Halten wir kurz fest, was wir entschieden haben, und dann lassen wir es für heute gut sein.',
          afl2fr:
            'Ich muss langsam zum Ende kommen, gleich habe ich den nächsten Termin. Eine letzte Sache noch, dann machen wir Schluss – einverstanden?',
        },
      },
      informal: {
        one: {
          k9ntaj:
            'Wir haben überzogen. Lass uns kurz festhalten, was wir entschieden haben, und dann lassen wir’s für heute gut sein.',
        },
        group: {
          kj08qq:
            'Wir haben überzogen. Lasst uns kurz festhalten, was wir entschieden haben, und dann lassen wir’s für heute gut sein.',
        },
        any: {
          slmdk8:
            'Wir sind schon {minutes} über der Zeit. Machen wir jetzt Schluss und greifen den Rest beim nächsten Mal auf.',
          t32ueh: 'Ich will niemanden noch länger aufhalten – machen wir hier einen Punkt.',
          tmfdgx:
            'Ich muss langsam zum Ende kommen, gleich hab ich den nächsten Termin. Eine letzte Sache noch, dann machen wir Schluss, okay?',
        },
      },
    },
    3: {
      formal: {
        any: {
          k68z1u:
            'Wir haben {minutes} überzogen, ich muss den Termin jetzt beenden. Die nächsten Schritte schicke ich Ihnen.',
          zw7ud3:
            'Tut mir leid, ich muss jetzt wirklich los. Für den Rest vereinbaren wir am besten einen Folgetermin.',
          v1ps8y: 'Hier müssen wir aufhören. Alles Offene kommt auf die Agenda für unseren nächsten Termin.',
          w4yyq4:
            'Ich beende den Termin jetzt, auch wenn noch etwas offen ist – mit frischem Kopf geht der Rest ohnehin schneller.',
        },
      },
      informal: {
        one: {
          g82tgf:
            'Wir haben {minutes} überzogen, ich muss den Call jetzt beenden. Die nächsten Schritte schick ich dir.',
        },
        group: {
          s05gir:
            'Wir haben {minutes} überzogen, ich muss den Call jetzt beenden. Die nächsten Schritte schick ich euch.',
        },
        any: {
          uycr0m:
            'Tut mir leid, ich muss jetzt wirklich los. Für den Rest machen wir am besten einen neuen Termin aus.',
          kl3jh0: 'Hören wir hier auf. Alles Offene kommt auf die Agenda für unseren nächsten Termin.',
          hr8oa0:
            'Ich beende den Call jetzt, auch wenn noch was offen ist – mit frischem Kopf geht der Rest eh schneller.',
        },
      },
    },
  },
  chatAtEnd: {
    1: {
      formal: {
        one: {
          kmiwe6:
            'Hat mich sehr gefreut, {name}. Dann wünsche ich Ihnen noch einen schönen Tag – bis zum nächsten Mal!',
        },
        group: {
          gfxex4: 'Ich klinke mich jetzt aus – plaudern Sie gern noch weiter, ich mache mich an die Arbeit.',
        },
        any: {
          nsvhnu: 'Schön, dass wir uns mal wieder ausgetauscht haben! Ich mache mich jetzt an Ihr Projekt.',
          klhjtv: 'Danke für das nette Gespräch – das machen wir bald mal wieder!',
          k5cdbd:
            'Schön, dass wir noch ein bisschen plaudern konnten – wenn von Ihrer Seite nichts mehr offen ist, verabschiede ich mich für heute.',
        },
      },
      informal: {
        one: {
          k8jdr3: 'Schön, dass wir mal wieder gequatscht haben! Ich mach mich jetzt an dein Projekt.',
          zmlr4t: 'Hat mich echt gefreut, {name}. Dann wünsch ich dir noch einen schönen Tag – bis bald!',
          ke9id1:
            'Immer schön, mit dir zu quatschen! Wenn von deiner Seite nichts mehr offen ist, verabschiede ich mich für heute.',
        },
        group: {
          uybkb9: 'Schön, dass wir mal wieder gequatscht haben! Ich mach mich jetzt an euer Projekt.',
          fhowth:
            'Immer schön, mit euch zu quatschen! Wenn von eurer Seite nichts mehr offen ist, verabschiede ich mich für heute.',
          wj8plw: 'Ich klink mich jetzt aus – quatscht gern noch weiter, ich mach mich an die Arbeit.',
        },
        any: {
          oau1w7: 'Danke fürs nette Gespräch – das machen wir bald mal wieder!',
        },
      },
    },
    2: {
      formal: {
        any: {
          klsol3: 'Ich will Sie nicht länger aufhalten – Sie haben heute bestimmt auch noch einiges vor.',
          kta8jl: 'Das war richtig nett, aber Ihr Projekt macht sich leider nicht von allein. Bis bald!',
          p4kmvn:
            'Ich glaube, für heute haben wir alles Wichtige besprochen – dann lassen Sie uns hier Schluss machen.',
          bjgigv: 'Lassen Sie uns das beim nächsten Mal weiterführen – ich freue mich schon darauf!',
        },
      },
      informal: {
        one: {
          gbx22q: 'Ich will dich nicht länger aufhalten – du hast heute bestimmt auch noch einiges vor.',
          i009jd: 'Das war richtig nett, aber dein Projekt macht sich leider nicht von allein. Bis bald!',
          e1tqdv:
            'Ich glaub, für heute haben wir alles Wichtige besprochen – dann machen wir hier Schluss, ja?',
        },
        group: {
          skro8u: 'Ich will euch nicht länger aufhalten – ihr habt heute bestimmt auch noch einiges vor.',
          xclawj: 'Das war richtig nett, aber euer Projekt macht sich leider nicht von allein. Bis bald!',
          xfsttr:
            'Ich glaub, für heute haben wir alles Wichtige besprochen – dann lasst uns hier Schluss machen.',
        },
        any: {
          xjq7bz: 'Beim nächsten Mal quatschen wir weiter – ich freu mich schon drauf!',
        },
      },
    },
    3: {
      formal: {
        one: {
          yj2gen:
            '{name}, ich unterbreche Sie ungern, aber ich muss das Gespräch jetzt beenden. Den Rest heben wir uns fürs nächste Mal auf!',
        },
        group: {
          d9js4b:
            'Ich unterbreche Sie ungern, aber ich muss das Gespräch jetzt beenden. Den Rest heben wir uns fürs nächste Mal auf!',
        },
        any: {
          m7et0c: 'Ich muss jetzt wirklich los – ich melde mich mit einem Update zu Ihrem Projekt.',
          zh9i99: 'Ich mache jetzt Schluss – vielen Dank für das Gespräch und bis bald!',
          gnrt27: 'Ich verabschiede mich an dieser Stelle – mein nächster Termin wartet.',
        },
      },
      informal: {
        one: {
          t272fl: 'Ich muss jetzt wirklich los – ich meld mich mit einem Update zu deinem Projekt.',
          i24f01: 'Ich mach jetzt Schluss, damit wir beide weiterkommen. Danke dir und bis bald!',
          ko8i7r:
            '{name}, ich unterbrech dich ungern, aber ich muss jetzt leider raus. Den Rest heben wir uns fürs nächste Mal auf!',
        },
        group: {
          sir0xu: 'Ich muss jetzt wirklich los – ich meld mich mit einem Update zu eurem Projekt.',
          zypxkw: 'Ich mach jetzt Schluss, damit wir alle weiterkommen. Danke euch und bis bald!',
          brbuoq:
            'Ich unterbrech euch ungern, aber ich muss jetzt leider raus. Den Rest heben wir uns fürs nächste Mal auf!',
        },
        any: {
          x94l33: 'Ich verabschiede mich an dieser Stelle – mein nächster Call wartet.',
        },
      },
    },
  },
  adhocCall: {
    1: {
      formal: {
        one: {
          kdk73w: '{name}, ich habe nur noch ein paar Minuten – reicht das, um Ihr Anliegen abzuschließen?',
        },
        any: {
          ok7m04:
            'Ich helfe gern weiter – können wir den Rest ins nächste Gespräch mitnehmen? Dann komme ich heute noch mit Ihrem Projekt voran.',
          jvz6b9:
            'Ich würde gern gleich an Ihrem Projekt weiterarbeiten – was müssen wir jetzt noch unbedingt klären?',
          icvnr6: 'Ich notiere mir das kurz und rufe Sie zurück, sobald ich etwas Luft habe.',
          txmnkv:
            'Damit ich Ihnen richtig helfen kann, würde ich mich gern vorbereiten – sollen wir dafür einen eigenen Termin ansetzen?',
        },
      },
      informal: {
        one: {
          ti0w5f:
            'Ich helf dir gern – können wir den Rest ins nächste Gespräch mitnehmen? Dann komm ich heute noch mit deinem Projekt voran.',
          a86bq6:
            'Ich würd gern gleich an deinem Projekt weiterarbeiten – was müssen wir jetzt noch unbedingt klären?',
          ae0ie1: '{name}, ich hab nur noch ein paar Minuten – reicht das, um dein Anliegen abzuschließen?',
        },
        group: {
          xrawxc:
            'Ich helf euch gern – können wir den Rest ins nächste Gespräch mitnehmen? Dann komm ich heute noch mit eurem Projekt voran.',
          sm8vqf:
            'Ich würd gern gleich an eurem Projekt weiterarbeiten – was müssen wir jetzt noch unbedingt klären?',
        },
        any: {
          kabrmu: 'Ich notier mir das kurz und meld mich dazu, sobald ich etwas Luft hab.',
          zcbf4j:
            'Damit ich richtig helfen kann, würd ich mich gern vorbereiten – sollen wir dafür einen eigenen Termin ansetzen?',
        },
      },
    },
    2: {
      formal: {
        any: {
          j1eww4:
            'Das wird jetzt doch ein längeres Gespräch. Schicken Sie mir die weiteren Fragen am besten gesammelt, dann beantworte ich sie in einem Rutsch.',
          micn9o:
            'Dafür möchte ich mir richtig Zeit nehmen – können wir das beim nächsten Termin in Ruhe besprechen?',
          wuo24c:
            'Damit Ihr Projekt vorankommt, halte ich spontane Anrufe lieber kurz – für den Rest machen wir einen Termin aus.',
          uoxdh0:
            'Darauf bin ich gerade nicht vorbereitet. Ich schaue mir das an und melde mich dann bei Ihnen.',
        },
      },
      informal: {
        one: {
          mmplj8:
            'Damit dein Projekt vorankommt, halt ich spontane Anrufe lieber kurz – für den Rest machen wir einen Termin aus.',
          ka0pvu: 'Darauf bin ich gerade nicht vorbereitet. Ich schau mir das an und meld mich dann bei dir.',
        },
        group: {
          v4ojgj:
            'Damit euer Projekt vorankommt, halt ich spontane Anrufe lieber kurz – für den Rest machen wir einen Termin aus.',
          fmrbrn:
            'Darauf bin ich gerade nicht vorbereitet. Ich schau mir das an und meld mich dann bei euch.',
        },
        any: {
          rlz97t:
            'Das wird jetzt doch ein längeres Gespräch. Am besten sammeln wir die weiteren Fragen, und ich beantworte sie dann in einem Rutsch.',
          k3cf15:
            'Dafür will ich mir richtig Zeit nehmen – können wir das beim nächsten Mal in Ruhe besprechen?',
        },
      },
    },
    3: {
      formal: {
        any: {
          kcoh0g: 'Ich muss jetzt zurück an die Arbeit. Das greifen wir beim nächsten Termin auf.',
          kpfjpm:
            'Ich muss hier Schluss machen – schicken Sie mir den Rest bitte per E-Mail, dann schaue ich ihn mir in Ruhe an.',
          ksj5or:
            'Spontane Anrufe kosten mich Zeit, die ich für Ihr Projekt brauche. Lassen Sie uns so etwas künftig lieber vorher vereinbaren.',
          ytnwm8:
            'Ich muss an dieser Stelle aufhören. Wenn Sie mich öfter so kurzfristig brauchen, sollten wir über einen Zuschlag dafür sprechen.',
        },
      },
      informal: {
        one: {
          uey909:
            'Ich muss hier Schluss machen – schick mir den Rest bitte per Mail, dann schau ich ihn mir in Ruhe an.',
          m767q3:
            'Spontane Anrufe kosten mich Zeit, die ich für dein Projekt brauche. Lass uns so was künftig lieber vorher ausmachen.',
          kkqksz:
            'Ich muss an dieser Stelle aufhören. Wenn du mich öfter so kurzfristig brauchst, sollten wir mal über einen Zuschlag dafür reden.',
        },
        group: {
          kxansb:
            'Ich muss hier Schluss machen – schickt mir den Rest bitte per Mail, dann schau ich ihn mir in Ruhe an.',
          bdfaed:
            'Spontane Anrufe kosten mich Zeit, die ich für euer Projekt brauche. Lasst uns so was künftig lieber vorher ausmachen.',
          ixo3li:
            'Ich muss an dieser Stelle aufhören. Wenn ihr mich öfter so kurzfristig braucht, sollten wir mal über einen Zuschlag dafür reden.',
        },
        any: {
          kywvtr: 'Ich muss jetzt zurück an die Arbeit. Das greifen wir beim nächsten Mal auf.',
        },
      },
    },
  },
  hardTalk: {
    1: {
      formal: {
        any: {
          t3smvo: 'Das kann ich nachvollziehen. Geben Sie mir einen Moment, um darüber nachzudenken.',
          kzhrmf:
            'Danke, dass Sie das so offen ansprechen. Das sollten wir nicht zwischen Tür und Angel besprechen – wollen wir gemeinsam schauen, wie wir damit weitermachen?',
          lzqxf8:
            'Das ist ein wichtiger Punkt – da möchte ich Ihnen nicht einfach aus dem Stegreif antworten.',
          jbo8vx:
            'Lassen Sie mich kurz zusammenfassen, was bei mir angekommen ist – und dann legen wir eine kurze Pause ein.',
        },
      },
      informal: {
        one: {
          yf67kd: 'Das kann ich nachvollziehen. Gib mir einen Moment, um darüber nachzudenken.',
          kkx06a:
            'Danke, dass du das so offen ansprichst. Das sollten wir nicht zwischen Tür und Angel besprechen – wollen wir zusammen schauen, wie wir damit weitermachen?',
          x1gyjl:
            'Lass mich kurz zusammenfassen, was bei mir angekommen ist – und dann machen wir eine kurze Pause.',
        },
        group: {
          ayo78s: 'Das kann ich nachvollziehen. Gebt mir einen Moment, um darüber nachzudenken.',
          gm0onl:
            'Danke, dass ihr das so offen ansprecht. Das sollten wir nicht zwischen Tür und Angel besprechen – wollen wir zusammen schauen, wie wir damit weitermachen?',
          p7galu:
            'Lasst mich kurz zusammenfassen, was bei mir angekommen ist – und dann machen wir eine kurze Pause.',
        },
        any: {
          uy1riy: 'Das ist ein wichtiger Punkt – da will ich nicht einfach aus der Hüfte schießen.',
        },
      },
    },
    2: {
      formal: {
        any: {
          khypgf: 'Darüber möchte ich erst eine Nacht schlafen. Darf ich mich morgen dazu bei Ihnen melden?',
          fdqvq9:
            'Ich schlage vor, wir legen heute nur noch den nächsten Schritt fest – die Details klären wir dann in Ruhe.',
          fvoicx:
            'Ich habe den Eindruck, wir drehen uns gerade etwas im Kreis. Wollen wir erst einmal festhalten, worin wir uns schon einig sind?',
          ail4fb:
            'Für „{item}“ brauchen wir mehr Zeit, als wir gerade haben. Sollen wir einen eigenen Termin dafür vereinbaren?',
        },
      },
      informal: {
        one: {
          m4mjlx: 'Darüber will ich erst eine Nacht schlafen. Kann ich mich morgen dazu bei dir melden?',
          hskzn3:
            'Was hältst du davon: Wir legen heute nur noch den nächsten Schritt fest, und die Details klären wir dann in Ruhe.',
          cxur42:
            'Ich hab den Eindruck, wir drehen uns gerade etwas im Kreis. Lass uns erst mal festhalten, worin wir uns schon einig sind.',
        },
        group: {
          tovd7w: 'Darüber will ich erst eine Nacht schlafen. Kann ich mich morgen dazu bei euch melden?',
          zm0m20:
            'Was haltet ihr davon: Wir legen heute nur noch den nächsten Schritt fest, und die Details klären wir dann in Ruhe.',
          ekauvq:
            'Ich hab den Eindruck, wir drehen uns gerade etwas im Kreis. Lasst uns erst mal festhalten, worin wir uns schon einig sind.',
        },
        any: {
          k2zumw:
            'Für „{item}“ brauchen wir mehr Zeit, als wir gerade haben. Sollen wir einen eigenen Termin dafür ausmachen?',
        },
      },
    },
    3: {
      formal: {
        one: {
          unu0lt:
            '{name}, ich glaube, heute kommen wir damit nicht weiter. Belassen wir es dabei und greifen den Punkt „{item}“ mit etwas Abstand wieder auf.',
        },
        group: {
          pdnyty:
            'Ich glaube, heute kommen wir damit nicht weiter. Belassen wir es dabei und greifen den Punkt „{item}“ mit etwas Abstand wieder auf.',
        },
        any: {
          k60rzv: 'Ich würde für heute gern hier aufhören – ich glaube, für den Moment ist alles gesagt.',
          i6o1c8:
            'Das möchte ich nicht spontan entscheiden. Ich melde mich bei Ihnen, sobald ich mir alles genau angesehen habe.',
          fh8ymo: 'Ich fasse kurz zusammen, wo wir stehen, und dann beenden wir das Gespräch für heute.',
        },
      },
      informal: {
        one: {
          y9mtvc: 'Lass uns für heute hier aufhören – ich glaub, für den Moment ist alles gesagt.',
          k3opml:
            'Das will ich nicht spontan entscheiden. Ich meld mich bei dir, sobald ich mir alles genau angeschaut hab.',
          hgcdky:
            '{name}, ich glaub, heute kommen wir damit nicht weiter. Belassen wir’s dabei und greifen den Punkt „{item}“ mit etwas Abstand wieder auf.',
        },
        group: {
          tg2jnd: 'Lasst uns für heute hier aufhören – ich glaub, für den Moment ist alles gesagt.',
          rlfgwb:
            'Das will ich nicht spontan entscheiden. Ich meld mich bei euch, sobald ich mir alles genau angeschaut hab.',
          sa5ppz:
            'Ich glaub, heute kommen wir damit nicht weiter. Belassen wir’s dabei und greifen den Punkt „{item}“ mit etwas Abstand wieder auf.',
        },
        any: {
          kd53ij: 'Ich fass kurz zusammen, wo wir stehen, und dann ist für heute Schluss.',
        },
      },
    },
  },
  turnLong: {
    1: {
      formal: {
        one: {
          w6hku2: 'Danke, {name} – ich würde gern auch jemanden hören, der noch nicht zu Wort gekommen ist.',
          pv37fn:
            '{name}, das hilft uns sehr. Darf ich kurz unterbrechen und noch andere Sichtweisen zu „{item}“ hören?',
          hk96zg:
            'Vielen Dank, {name}. Ich fasse kurz zusammen, was ich mitgenommen habe, und dann geben wir das in die Runde.',
          wzvu2q: 'Danke, {name} – dann ist jetzt {nextName} dran.',
        },
      },
      informal: {
        one: {
          fr0hto: 'Danke dir, {name} – lass uns auch mal jemanden hören, der noch nicht dran war.',
          ikqsj2:
            '{name}, das bringt uns weiter. Darf ich dich kurz bremsen und noch andere Meinungen zu „{item}“ hören?',
          v6pj47:
            'Danke, {name}. Ich fass kurz zusammen, was ich mitgenommen hab, und dann geben wir das in die Runde.',
          dpnz1o: 'Danke, {name} – dann ist jetzt {nextName} dran.',
        },
      },
    },
    2: {
      formal: {
        one: {
          ts04z4:
            '{name}, könnten Sie das in einem Satz zusammenfassen? Dann kommen auch die anderen noch zu Wort.',
          youywv:
            'Ich unterbreche Sie kurz, {name} – mir ist wichtig, dass alle zu „{item}“ etwas sagen können.',
          mvvgi5: '{name}, können wir den Rest kurz zurückstellen und zuerst die anderen hören?',
          hoel7t: '{name}, jetzt kommt kurz {nextName} zu Wort – danach sind Sie wieder dran.',
        },
      },
      informal: {
        one: {
          inp5q5:
            '{name}, kannst du das in einem Satz zusammenfassen? Dann kommen auch die anderen noch zu Wort.',
          fp5xk7:
            'Ich unterbreche dich kurz, {name} – mir ist wichtig, dass alle zu „{item}“ etwas sagen können.',
          un98vh: '{name}, können wir den Rest kurz parken und zuerst die anderen hören?',
          zcqdoc: '{name}, jetzt kommt mal kurz {nextName} zu Wort – danach bist du wieder dran.',
        },
      },
    },
    3: {
      formal: {
        one: {
          lzv7su: '{name}, ich muss Sie hier unterbrechen, damit auch die anderen zu Wort kommen.',
          kx09ya: 'Danke, {name} – ich gebe jetzt weiter, sonst läuft uns die Zeit davon.',
          po0ek1: '{name}, belassen wir es hier dabei – den Rest schicken Sie mir gern schriftlich.',
          ehdfcy: 'Danke, {name} – da mache ich jetzt einen Schnitt. {nextName}, bitte.',
        },
      },
      informal: {
        one: {
          x81wjm: '{name}, ich muss dich hier unterbrechen, damit auch die anderen zu Wort kommen.',
          rwfidw: 'Danke, {name} – ich geb jetzt weiter, sonst läuft uns die Zeit davon.',
          qq76d2: '{name}, lassen wir’s hier dabei – schick mir den Rest gern schriftlich.',
          qbja24: 'Danke dir, {name} – da mach ich jetzt einen Schnitt. {nextName}, bitte.',
        },
      },
    },
  },
  quietInvite: {
    1: {
      formal: {
        one: {
          hjk6yp: '{name}, möchten Sie noch etwas ergänzen?',
          zo1v5d: '{name}, mich würde interessieren, wie Sie den Punkt „{item}“ sehen.',
          d8lzsu:
            '{name}, gibt es von Ihrer Seite etwas dazu? Gern auch etwas später, wenn Sie noch kurz überlegen möchten.',
        },
      },
      informal: {
        one: {
          ygrj7a: '{name}, möchtest du noch etwas ergänzen?',
          hq2jzs: '{name}, mich würde interessieren, wie du den Punkt „{item}“ siehst.',
          ue7yod:
            '{name}, magst du dazu was sagen? Gern auch etwas später, wenn du noch kurz überlegen willst.',
        },
      },
    },
    2: {
      formal: {
        one: {
          x5wklm: '{name}, Ihre Einschätzung zu „{item}“ wäre mir wichtig, bevor wir weitermachen.',
          dgsxlp: '{name}, übersehen wir hier etwas? Vielleicht sehen Sie das anders.',
          es1i4p: '{name}, was meinen Sie dazu?',
        },
      },
      informal: {
        one: {
          wbi7cx: '{name}, deine Einschätzung zu „{item}“ wäre mir wichtig, bevor wir weitermachen.',
          nf4vkx: '{name}, übersehen wir hier etwas? Vielleicht siehst du das anders.',
          z9d3d5: '{name}, was meinst du dazu?',
        },
      },
    },
    3: {
      formal: {
        one: {
          vvkpzx:
            'Bevor wir entscheiden, würde ich gern einmal reihum von allen eine kurze Einschätzung hören – {name}, möchten Sie anfangen?',
          ozxyej:
            '{name}, Ihre Sicht zu „{item}“ soll mit in die Entscheidung einfließen – ein Satz reicht völlig.',
          iphgen: '{name}, ich gebe Ihnen kurz das Wort – wie stehen Sie dazu?',
        },
      },
      informal: {
        one: {
          mnue1w:
            'Bevor wir entscheiden, würde ich gern einmal reihum von allen eine kurze Einschätzung hören – {name}, magst du anfangen?',
          gcym19:
            '{name}, deine Sicht zu „{item}“ soll mit in die Entscheidung einfließen – ein Satz reicht völlig.',
          x0bbaj: '{name}, ich gebe dir kurz das Wort – wie stehst du dazu?',
        },
      },
    },
  },
  roundHandover: {
    1: {
      formal: {
        one: {
          cg4ul7: 'Danke, {name}! {nextName}, bitte.',
          n38chg: 'Vielen Dank, {name} – die Zeit ist schon rum. Als Nächstes ist {nextName} dran.',
          mjbi5s: 'Danke, {name} – die Zeit ist um, dann machen wir weiter.',
          j9tux3: '{name}, vielen Dank – damit alle gleich viel Zeit haben, geht es jetzt weiter.',
        },
      },
      informal: {
        one: {
          t6pejt: 'Danke, {name}! {nextName}, bitte.',
          mv851r: 'Danke dir, {name} – die Zeit ist schon rum. Als Nächstes ist {nextName} dran.',
          qlt2so: 'Danke, {name} – die Zeit ist um, dann machen wir weiter.',
          axyozx: '{name}, danke dir – damit alle gleich viel Zeit haben, geht’s jetzt weiter.',
        },
      },
    },
    2: {
      formal: {
        one: {
          uqeame: '{name}, könnten Sie mit einem Satz zum Schluss kommen? Ihre Zeit ist eigentlich schon um.',
          lct6ot: '{name}, noch ein letzter Gedanke, dann geht es weiter.',
          aaljid: '{name}, den Rest greifen wir nach der Runde auf. Als Nächstes ist {nextName} dran.',
        },
      },
      informal: {
        one: {
          vumufr: '{name}, kannst du mit einem Satz zum Schluss kommen? Deine Zeit ist eigentlich schon um.',
          tj7do7: '{name}, noch ein letzter Gedanke, dann geht es weiter.',
          ublgqn: '{name}, den Rest greifen wir nach der Runde auf. Als Nächstes ist {nextName} dran.',
        },
      },
    },
    3: {
      formal: {
        one: {
          wm1si6: '{name}, ich muss Sie hier leider unterbrechen, sonst reicht uns die Zeit nicht.',
          hjau6d: 'Danke, {name} – wir müssen weiter. Jetzt spricht {nextName}.',
          ea8qjf: '{name}, Ihre Zeit ist um, da setze ich jetzt einen Punkt. Den Rest besprechen wir später.',
        },
      },
      informal: {
        one: {
          ru8i8n: '{name}, ich muss dich hier leider unterbrechen, sonst reicht uns die Zeit nicht.',
          lgyked: 'Danke, {name} – wir müssen weiter. Jetzt spricht {nextName}.',
          qkpr7l: '{name}, deine Zeit ist um, da setz ich jetzt einen Punkt. Den Rest besprechen wir später.',
        },
      },
    },
  },
  queueLong: {
    1: {
      formal: {
        group: {
          smuk6d:
            'Für „{item}“ haben wir noch {minutes}, und {queue} möchten noch etwas sagen – fassen wir uns bitte kurz.',
          ud0hly:
            'Kurzer Blick auf die Uhr: noch {minutes} für „{item}“. {queue}, bitte jeweils einen Punkt.',
          r5e3p4:
            'Es gibt noch einige Wortmeldungen und nur noch {minutes} für „{item}“ – wer möchte, kann seinen Punkt gern auch schriftlich nachreichen.',
        },
      },
      informal: {
        group: {
          kooyit:
            'Für „{item}“ haben wir noch {minutes}, und {queue} wollen noch etwas sagen – fassen wir uns kurz.',
          ihtr8p:
            'Kurzer Blick auf die Uhr: noch {minutes} für „{item}“. {queue}, bitte jeweils nur einen Punkt.',
          y5x5w1:
            'Es gibt noch ein paar Wortmeldungen und nur noch {minutes} für „{item}“ – wer mag, reicht seinen Punkt einfach schriftlich nach.',
        },
      },
    },
    2: {
      formal: {
        group: {
          r4352m:
            'Wir haben noch {minutes}: {queue} kommen noch mit je einem Punkt dran, den Rest klären wir per E-Mail.',
          yn6v2w: 'Die Zeit für „{item}“ ist fast um – {queue}, schaffen Sie es jeweils in einem Satz?',
          isvex1: 'Damit alle drankommen, bitte nur noch neue Punkte: Wir haben noch {minutes}.',
        },
      },
      informal: {
        group: {
          n3qj37:
            'Wir haben noch {minutes}: {queue} kommen noch mit je einem Punkt dran, den Rest klären wir per Mail.',
          cibzxc: 'Die Zeit für „{item}“ ist fast um – {queue}, schafft ihr es jeweils in einem Satz?',
          z2oq94: 'Damit alle drankommen, bitte nur noch neue Punkte: Wir haben noch {minutes}.',
        },
      },
    },
    3: {
      formal: {
        group: {
          v1m3uo:
            'Die Zeit für „{item}“ ist gleich um. {queue}, schicken Sie mir Ihre Punkte bitte schriftlich.',
          hfjnuv:
            'Ich schließe die Redeliste hier – wir notieren die offenen Punkte und klären sie nach dem Call.',
          mcl64g:
            'Wir müssen jetzt weiter. Die offenen Wortmeldungen nehme ich mit ans Ende, falls dann noch Zeit ist.',
          pul3ba:
            'Den Punkt „{item}“ schließen wir hier ab, als Nächstes kommt „{next}“. Wer noch etwas dazu hat, meldet sich bitte danach bei mir.',
        },
      },
      informal: {
        group: {
          hir0pk: 'Die Zeit für „{item}“ ist gleich um. {queue}, schickt mir eure Punkte bitte schriftlich.',
          v9q8el:
            'Ich schließe die Redeliste hier – wir notieren die offenen Punkte und klären sie nach dem Call.',
          e0jg9b:
            'Wir müssen jetzt weiter. Die offenen Wortmeldungen nehme ich mit ans Ende, falls dann noch Zeit ist.',
          mupba3:
            'Den Punkt „{item}“ schließen wir hier ab, als Nächstes kommt „{next}“. Wer noch was dazu hat, meldet sich danach einfach bei mir.',
        },
      },
    },
  },
};
