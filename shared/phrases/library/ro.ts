import type { LocalePhrases } from '../phrase.types';

/**
 * Romanian lines. To one person, formal = dumneavoastră (vă, doriți, puteți), informal = tu; to a group, formal =
 * dumneavoastră and informal = voi (vă, vostru). Formal dumneavoastră is also the plural, so a formal line that names
 * no one, or whose "vă" fits one person and a room alike, is 'any'; an informal 'any' line uses neither tu nor voi.
 * {minutes} is filled with its numeral ("1 minut", "2 minute", "20 de minute"): keep it where no verb agrees with it
 * ("mai avem {minutes}", "de {minutes}", "cu {minutes}"). Quoted titles stand after a noun ("punctul „…”") whenever
 * an adjective follows, since their gender is unknown. {name} is the listener's given name, for calling them by it.
 */
export const ro: LocalePhrases = {
  chattyClient: {
    1: {
      formal: {
        one: {
          aor1oy:
            'Ce frumos! Ca să nu vă rețin prea mult, aș trece totuși la „{item}” – am câteva lucruri de clarificat.',
          yd2e92: 'Mi-ar plăcea să aflu mai multe – putem reveni la asta la final?',
          owxj12: '{name}, ce poveste frumoasă! Cred că ne-am cam luat cu vorba – revenim la proiect?',
          kvvjy2:
            'Interesant! Să lăsăm asta puțin deoparte – aș vrea să discutăm cum se cuvine punctul „{item}”.',
        },
      },
      informal: {
        one: {
          kvwqsi:
            'Ce tare! Ca să nu te țin prea mult, hai totuși să trecem la „{item}” – am câteva lucruri de lămurit.',
          zqwt31: 'Vreau să aud toată povestea – o lăsăm pentru finalul discuției?',
          y8gahx: '{name}, super poveste! Ne-am cam luat cu vorba, nu? Hai înapoi la proiect.',
          ajdu5o:
            'Interesant! Hai s-o lăsăm puțin deoparte – vreau să apucăm să vorbim cum trebuie despre „{item}”.',
        },
      },
    },
    2: {
      formal: {
        one: {
          o4vdyl: 'Bănuiesc că nu vreți să mă plătiți ca să stăm la povești – revenim la proiect?',
          r9sbmi:
            'Îmi face plăcere să povestim, dar aș vrea să apucăm să terminăm azi „{item}”. Revenim la treabă?',
          gvtr6o:
            'Povestim deja de {minutes} – aș prefera să folosim restul timpului pentru proiect. Revenim la „{item}”?',
          hwv1jh:
            '{name}, mai povestim cu plăcere altă dată – acum să ne ocupăm de proiect. Unde rămăseserăm cu „{item}”?',
        },
      },
      informal: {
        one: {
          y4eoyy: 'Nu cred că vrei să mă plătești ca să stăm la povești – ne întoarcem la proiect?',
          vnvxw3: 'Îmi place povestea, dar vreau să apucăm să terminăm azi „{item}”. Revenim la treabă?',
          ioj7sa:
            'Stăm la povești de {minutes} – hai să folosim restul timpului pentru proiect. Revenim la „{item}”?',
          fvony4:
            '{name}, mai povestim cu drag altă dată, dar acum hai să ne ocupăm de proiect. Unde rămăseserăm cu „{item}”?',
        },
      },
    },
    3: {
      formal: {
        one: {
          b69vtd:
            'Am vorbit deja {minutes} despre altceva – și timpul acesta se scade din buget. Să revenim la „{item}”.',
          qm8788: 'Vreau să am grijă de bugetul dumneavoastră, așa că vă propun să revenim acum la agendă.',
          kbom2t: 'Povestea o continuăm altă dată – azi aș vrea să încheiem punctul „{item}”.',
          onam9a: 'Vă rog să ne întoarcem la agendă: punctul „{item}” încă ne așteaptă.',
        },
      },
      informal: {
        one: {
          ur0jz1:
            'Am stat {minutes} la povești – asta înseamnă deja {cost} din bugetul tău. Hai înapoi la „{item}”.',
          zeybeh: 'Vreau să am grijă de bugetul tău, așa că hai să ne întoarcem acum la agendă.',
          k84js1: 'Povestea o continuăm altă dată – azi vreau să terminăm „{item}”.',
          fmsvyi: '{name}, trebuie să ne întoarcem la treabă: punctul „{item}” încă ne așteaptă.',
        },
      },
    },
  },
  groupDrift: {
    1: {
      formal: {
        group: {
          ptg3z2: 'Bună observație – propun s-o notăm și să revenim la ea la final, dacă rămâne timp.',
          fb77f4: 'Subiectul merită o discuție separată. Vă propun să revenim la „{item}”.',
          h8pt9w: 'Cred că ne-am îndepărtat puțin de subiect – ne întoarcem la „{item}”?',
          hwvdkr: 'Discuție interesantă! Ca să ne rămână timp pentru toată agenda, să reluăm acum „{item}”.',
        },
      },
      informal: {
        group: {
          ylpd1f: 'Bună idee – hai s-o notăm și revenim la ea la final, dacă mai avem timp.',
          o1lkfj: 'Asta merită o discuție separată. Ne întoarcem la „{item}”?',
          kxbuvm: 'Cred că ne-am cam îndepărtat de subiect – hai înapoi la „{item}”.',
          kx3olc: 'Discuție faină! Ca să apucăm toată agenda, hai să reluăm acum „{item}”.',
        },
      },
    },
    2: {
      formal: {
        group: {
          gb9rlx:
            'Discutăm de {minutes} în afara agendei – propun să revenim la ea, ca să folosim bine timpul tuturor.',
          q086fd:
            'Propun ca unul dintre dumneavoastră să preia subiectul acesta și să ne spună data viitoare la ce concluzie a ajuns. Acum să revenim la „{item}”.',
          kiiphx:
            'Să ne întoarcem la subiect: punctul „{item}” e încă deschis, iar discuția aceasta nu îi privește pe toți cei prezenți.',
          blsi9o:
            'Cei direct implicați ar putea relua discuția după întâlnire? Acum să ne întoarcem la „{item}”.',
        },
      },
      informal: {
        group: {
          mjmqil:
            'Suntem de {minutes} pe lângă subiect – hai să revenim la agendă, ca să nu pierdem timpul tuturor.',
          kfz82f: 'Cine preia subiectul ăsta până data viitoare? Acum revenim la „{item}”.',
          aq20eg:
            'Hai să ne întoarcem la subiect: n-am terminat încă cu „{item}”, iar discuția asta nu-i privește pe toți.',
          puslp2: 'Voi, cei implicați, puteți relua subiectul după întâlnire? Acum hai înapoi la „{item}”.',
        },
      },
    },
    3: {
      formal: {
        group: {
          sytxk8: 'De {minutes} suntem în afara agendei. Ne întoarcem acum la „{item}”.',
          gh881v:
            'Să ne oprim aici. Vă rog să continuați separat – avem nevoie de timpul rămas pentru „{item}”.',
          b8g77a:
            'Din respect pentru timpul tuturor, lăsăm acum subiectul acesta deoparte. Revenim la „{item}”.',
          cxkoip:
            'Trebuie să mergem mai departe – dacă nu încheiem acum „{item}”, nu mai apucăm restul agendei.',
        },
      },
      informal: {
        group: {
          cjbdr3: 'Am pierdut deja {minutes} în afara agendei. Ne întoarcem acum la „{item}”.',
          ki8v6p:
            'Ne oprim aici, iar restul îl discutați separat – avem nevoie de timpul rămas pentru „{item}”.',
          gnkkmc:
            'Ca să respectăm timpul tuturor, lăsăm subiectul ăsta deoparte deocamdată. Înapoi la „{item}”.',
          lirupj:
            'Gata, trebuie să mergem mai departe – dacă nu terminăm acum „{item}”, nu mai apucăm restul agendei.',
        },
      },
    },
  },
  itemOverrun: {
    1: {
      formal: {
        group: {
          zdouum:
            'La „{item}” am cam rămas fără timp. Dacă mai sunt lucruri de discutat, propun să stabilim acum când le reluăm.',
        },
        any: {
          lbjub9: 'Cam atât ne-am propus pentru „{item}”. Putem încheia aici?',
          ox6icv: 'S-a terminat timpul pentru „{item}” – mai e ceva esențial înainte să trecem la „{next}”?',
          stewsd: 'Am ajuns la limita de timp pentru acest punct. Să notăm decizia și să mergem mai departe.',
          koheca: 'Mă uit la ceas: timpul planificat pentru „{item}” s-a cam terminat. Ce concluzie tragem?',
        },
      },
      informal: {
        group: {
          gbjqa5:
            'La „{item}” am cam rămas fără timp. Dacă mai aveți ceva de discutat, hai să stabilim acum când reluăm.',
        },
        any: {
          o2jnwn: 'Cam atât ne-am propus pentru „{item}”. Încheiem?',
          octusu: 'S-a terminat timpul pentru „{item}” – mai e ceva important înainte să trecem la „{next}”?',
          cjv6je: 'Am ajuns la limită cu punctul ăsta. Hai să notăm ce am decis și mergem mai departe.',
          yprrjt: 'Mă uit la ceas: la „{item}” ni s-a cam terminat timpul. Ce concluzie tragem?',
        },
      },
    },
    2: {
      formal: {
        group: {
          bfai4m:
            'Ca să nu prelungim „{item}”: cine se ocupă de pașii următori? Îi notăm și trecem mai departe.',
        },
        any: {
          hj44qm:
            'Am depășit cu {minutes} timpul pentru „{item}”. Stabilim pașii următori și trecem la „{next}”?',
          lwzan3:
            'Propun să încheiem „{item}” – a durat mai mult decât am planificat și aș vrea să rămână loc și pentru celelalte puncte.',
          ecgwcf: 'Am depășit timpul la acest punct. Să notez eu ce avem până acum și să mergem mai departe?',
          ab8wdk: 'Ca să ne încadrăm în program, propun să închidem „{item}” aici și să continuăm pe e-mail.',
        },
      },
      informal: {
        group: {
          rem0oe: 'Să nu lungim „{item}”: cine se ocupă de pașii următori? Notăm și mergem mai departe.',
        },
        any: {
          abhgef: 'Am depășit cu {minutes} la „{item}”. Stabilim pașii următori și trecem la „{next}”?',
          lm5cp7: 'Hai să încheiem „{item}” – ne-am lungit și vreau să rămână timp și pentru restul.',
          c8535u: 'Am depășit timpul la punctul ăsta. Notez ce avem până acum și mergem mai departe?',
          k7w79t: 'Ca să ne încadrăm în timp, hai să închidem „{item}” aici și continuăm pe mail.',
        },
      },
    },
    3: {
      formal: {
        group: {
          jtotig:
            'Pe cei implicați îi rog să continue discuția despre „{item}” după întâlnire. Acum mergem mai departe.',
        },
        any: {
          h6jcm6: 'Suntem cu {minutes} peste timp la „{item}”. Trecem acum la „{next}”.',
          benv85: 'Ne oprim aici cu „{item}”. Trimit un rezumat după întâlnire, ca să nu se piardă nimic.',
          kfwvec: 'Am depășit cu mult timpul la acest punct. Amânăm restul și mergem mai departe.',
          ld9a14:
            'Trebuie să mergem mai departe – dacă e nevoie, continuăm „{item}” într-o discuție separată.',
        },
      },
      informal: {
        group: {
          y8npui:
            'Cine e implicat continuă discuția despre „{item}” după întâlnire – acum mergem mai departe.',
        },
        any: {
          k06mff: 'Suntem cu {minutes} peste timp la „{item}”. Gata, trecem la „{next}”.',
          qos2yx: 'Ne oprim aici cu „{item}”. Trimit după aceea un rezumat, ca să nu se piardă nimic.',
          kyha6w: 'Ne-am lungit mult cu punctul ăsta. Amânăm restul și mergem mai departe.',
          kyc6zs: 'Trebuie să mergem mai departe – dacă e nevoie, continuăm „{item}” separat.',
        },
      },
    },
  },
  capNear: {
    1: {
      formal: {
        one: {
          kwbmg3: '{name}, mai avem {minutes} – trecem prin punctele principale?',
        },
        group: {
          poagup: 'Mai avem {minutes}. Dacă mai are cineva un punct important, acum e momentul.',
        },
        any: {
          ddqorc:
            'Să ne uităm puțin la ceas: mai avem {minutes}. Propun să ne concentrăm pe ce contează cel mai mult.',
          f18y4v: 'Mai avem cam {minutes} – ce ați vrea neapărat să lămurim azi?',
          y2gwb9: 'Să știți că mai avem {minutes} din timpul de azi.',
        },
      },
      informal: {
        one: {
          k1ny7b: 'Mai avem cam {minutes} – ce vrei neapărat să lămurim azi?',
          muuq4d: 'Să știi că mai avem {minutes} din timpul de azi.',
          or7nfc: '{name}, mai avem {minutes} – trecem prin punctele principale?',
        },
        group: {
          n2hqxe: 'Mai avem cam {minutes} – ce vreți neapărat să lămurim azi?',
          puxjei: 'Să știți că mai avem {minutes} din timpul de azi.',
          fktcky: 'Mai avem {minutes} – dacă mai are cineva ceva important, acum e momentul.',
        },
        any: {
          k9groo: 'Un ochi la ceas: mai avem {minutes}. Hai să ne concentrăm pe ce contează cel mai mult.',
        },
      },
    },
    2: {
      formal: {
        one: {
          efyrha: '{name}, mai avem {minutes} – ce e cel mai important să decidem azi?',
        },
        any: {
          khazmu: 'Mai avem {minutes}. Propun să tragem linie și să stabilim pașii următori.',
          gw17mt: 'Doar {minutes} până la final – ce nu apucăm să lămurim azi pun eu într-un e-mail.',
          ygr07h: 'Suntem aproape de final, așa că n-aș mai deschide subiecte noi.',
          agerwh: 'Mai avem {minutes}. Dacă nu terminăm „{item}” azi, continuăm la următoarea întâlnire.',
        },
      },
      informal: {
        one: {
          kzh3kh: '{name}, mai avem {minutes} – ce decidem neapărat azi?',
        },
        any: {
          jbtmxb: 'Mai avem {minutes}. Hai să tragem linie și să stabilim pașii următori.',
          ikbw33: 'Doar {minutes} până la final – ce nu apucăm azi pun eu într-un mail.',
          zstdja: 'Suntem aproape de final, așa că hai să nu mai deschidem subiecte noi.',
          bt9rph: 'Mai avem {minutes} – dacă nu terminăm „{item}”, continuăm data viitoare.',
        },
      },
    },
    3: {
      formal: {
        any: {
          x0mwl6: 'Suntem în ultimele minute. Recapitulez pe scurt și apoi încheiem.',
          acrmmn: 'Mai avem {minutes} – propun să încheiem aici.',
          zbghyq: 'Suntem la limita timpului. Înainte să încheiem, stabilim când continuăm?',
          crgphq: 'Să ne oprim aici – revin în scris cu tot ce a rămas deschis.',
        },
      },
      informal: {
        one: {
          ttk2fj: 'Ni s-a cam terminat timpul. Spune-mi când îți convine să continuăm.',
        },
        group: {
          u3yaik: 'Ni s-a cam terminat timpul. Înainte să închidem, hai să stabilim când continuăm.',
        },
        any: {
          md8nf2: 'Suntem în ultimele minute. Recapitulez pe scurt și apoi închidem.',
          xs3a3w: 'Mai avem {minutes} – hai să încheiem aici.',
          dw3u67: 'Hai să ne oprim aici – revin în scris cu tot ce a rămas deschis.',
        },
      },
    },
  },
  capPassed: {
    1: {
      formal: {
        one: {
          ma8gzl: '{name}, am ajuns la final – pentru rest revin eu pe e-mail.',
        },
        group: {
          tx6ywr: 'Vă mulțumesc tuturor, am ajuns la final. Ce a rămas deschis lămurim pe e-mail.',
        },
        any: {
          kd9u1g: 'Am ajuns la finalul întâlnirii. Să încheiem aici – vă trimit un rezumat.',
          eoijg2: 'Ni s-a terminat timpul. Încheiem cu pașii următori?',
          bu0x37: 'Am ajuns la ora stabilită. Mai e ceva urgent înainte să încheiem?',
        },
      },
      informal: {
        one: {
          kzq2p3: 'Ni s-a terminat timpul, așa că hai să încheiem aici – îți trimit un rezumat.',
          fjje23: '{name}, am ajuns la final – pentru rest îți scriu pe mail.',
        },
        group: {
          zewoxe: 'Ni s-a terminat timpul, așa că hai să încheiem aici – vă trimit tuturor un rezumat.',
          lax4qj: 'Mersi tuturor, am ajuns la final. Ce a rămas deschis lămurim pe mail.',
        },
        any: {
          ks6bw0: 'Cam asta a fost pentru azi – încheiem cu pașii următori?',
          a0ax1t: 'Am ajuns la ora stabilită. Mai e ceva urgent înainte să închidem?',
        },
      },
    },
    2: {
      formal: {
        any: {
          gttwkr:
            'Am depășit timpul stabilit cu {minutes}. Propun să încheiem acum și să continuăm data viitoare.',
          dcxtxd: 'Trebuie să țin cont de timp – să ne oprim aici și să continuăm la următoarea discuție.',
          fqbwv9:
            'Am trecut de ora stabilită. Vă trimit o recapitulare, iar restul îl putem lămuri pe e-mail.',
          ng1kx2: 'Mai am o întâlnire programată, așa că trebuie să plec acum. Continuăm data viitoare.',
        },
      },
      informal: {
        one: {
          cupp8v: 'Ne-am cam lungit. Îți trimit o recapitulare, iar restul îl lămurim pe mail.',
        },
        group: {
          byxhjp: 'Ne-am cam lungit. Vă trimit o recapitulare, iar restul îl lămurim pe mail.',
        },
        any: {
          h39i00: 'Am depășit timpul stabilit cu {minutes}. Hai să încheiem acum și continuăm data viitoare.',
          jz50vv: 'Trebuie să fiu cu ochii pe ceas – ne oprim aici și reluăm la următoarea discuție?',
          kugmui: 'Mai am ceva programat, așa că trebuie să închei acum. Continuăm data viitoare.',
        },
      },
    },
    3: {
      formal: {
        one: {
          kirnmg: '{name}, mă opresc aici. Vă trimit un rezumat și continuăm data viitoare.',
        },
        group: {
          jxgmo3: 'Trebuie să închidem aici. Cine mai are întrebări mi le poate trimite pe e-mail.',
        },
        any: {
          p9kebz: 'Am depășit timpul cu {minutes}. Trebuie să închei aici – vă trimit pașii următori.',
          kam16j: 'Îmi pare rău, chiar trebuie să închid acum. Să programăm o discuție separată pentru rest.',
          h9zr2i: 'Ne oprim aici. Tot ce a rămas deschis trece pe agenda următoarei discuții.',
        },
      },
      informal: {
        one: {
          ws09v4: 'Am depășit timpul cu {minutes}. Trebuie să închei aici – îți trimit pașii următori.',
          xdn3ef: '{name}, mă opresc aici. Îți trimit un rezumat și continuăm data viitoare.',
        },
        group: {
          ai4kcn: 'Am depășit timpul cu {minutes}, așa că închidem aici – vă trimit pașii următori.',
          krmnwy: 'Trebuie să închidem aici. Cine mai are întrebări mi le poate trimite pe mail.',
        },
        any: {
          kikyxx: 'Îmi pare rău, chiar trebuie să fug. Hai să programăm o discuție separată pentru rest.',
          e3cb7k: 'Ne oprim aici. Ce a rămas deschis trece pe agenda următoarei discuții.',
        },
      },
    },
  },
  chatAtEnd: {
    1: {
      formal: {
        one: {
          kcq1ui: '{name}, mă bucur că am mai povestit. Mă pun pe treabă, ca proiectul să fie gata la timp.',
        },
        group: {
          vgl3gx: 'Mă bucur că am apucat să mai povestim cu toții. Vă las acum – ne auzim curând.',
        },
        any: {
          rpbsmt: 'Mi-a făcut mare plăcere să stăm de vorbă! Acum mă întorc la proiectul dumneavoastră.',
          nbsylx: 'Vă mulțumesc pentru discuție – vă las și mă apuc de ce am stabilit.',
          k8qxwu: 'Întotdeauna e o plăcere să vorbim. Mă ocup chiar acum de pașii următori.',
        },
      },
      informal: {
        one: {
          nrpqhq: 'Mi-a făcut mare plăcere să mai povestim! Acum mă întorc la proiectul tău.',
          phi2s9:
            '{name}, mă bucur că am stat la povești. Mă pun pe treabă, ca proiectul să fie gata la timp.',
          y7fnsy: 'Mersi de discuție – te las și mă apuc de ce am stabilit.',
        },
        group: {
          fevrrr: 'Mi-a făcut mare plăcere să mai povestim! Acum mă întorc la proiectul vostru.',
          m54cpx: 'Mersi tuturor de discuție – vă las și mă apuc de ce am stabilit.',
          zqaenn: 'Ce bine că am mai povestit cu toții! Vă las acum – ne auzim curând.',
        },
        any: {
          jz3uye: 'E mereu fain să mai stăm de vorbă. Mă ocup chiar acum de pașii următori.',
        },
      },
    },
    2: {
      formal: {
        any: {
          yc6s06: 'Cred că e momentul să vă las – și să mă apuc de proiectul dumneavoastră!',
          xfe052: 'A fost foarte plăcut, dar proiectul nu se face singur. Vorbim curând!',
          a5mxib:
            'Ca să aveți rezultatul cât mai repede, mă întorc acum la lucru. Mulțumesc pentru discuție!',
          kmyph9: 'Continuăm povestea data viitoare – aș vrea să mă apuc chiar azi de treabă.',
        },
      },
      informal: {
        one: {
          hw4mxd: 'Cred că e momentul să te las – și să mă apuc de proiectul tău!',
          kbsfg6: 'Ca să ai rezultatul cât mai repede, mă întorc acum la lucru. Mersi de discuție!',
        },
        group: {
          ajfzvi: 'Cred că e momentul să vă las – și să mă apuc de proiectul vostru!',
          ntvpov: 'Ca să aveți rezultatul cât mai repede, mă întorc acum la lucru. Mersi de discuție!',
        },
        any: {
          q39ary: 'A fost super, dar proiectul nu se face singur. Vorbim curând!',
          bk3j6i: 'Continuăm povestea data viitoare – vreau să mă apuc chiar azi de treabă.',
        },
      },
    },
    3: {
      formal: {
        one: {
          osvbu9: '{name}, trebuie să vă las acum – mă așteaptă următorul apel.',
        },
        group: {
          ynpemi: 'Vă las acum, mă așteaptă următorul apel. Mulțumesc tuturor!',
        },
        any: {
          kswtsn: 'Acum chiar trebuie să închei – revin cu noutăți despre proiect.',
          tl04gr: 'Vă rog să mă scuzați, dar trebuie să închei aici – am o zi destul de încărcată.',
          t6bknc:
            'Vă mulțumesc încă o dată, dar trebuie să închid acum ca să mă țin de termenul proiectului.',
        },
      },
      informal: {
        one: {
          cwdm7y: 'Scuze, dar trebuie să mă opresc aici – am o zi destul de încărcată.',
          kqw8gy: 'Mersi încă o dată, dar trebuie să închid acum ca să mă țin de termen.',
          u5s0dj: '{name}, te las acum – mă așteaptă următorul apel.',
        },
        group: {
          tgm8n4: 'Scuze, dar trebuie să mă opresc aici – azi am o zi plină.',
          cw1nes: 'Mersi încă o dată tuturor, dar trebuie să închid ca să mă țin de termen.',
          zy9i35: 'Vă las acum, mă așteaptă următorul apel. Mersi tuturor!',
        },
        any: {
          v0wrtx: 'Gata, acum chiar trebuie să închei – revin cu noutăți despre proiect.',
        },
      },
    },
  },
  adhocCall: {
    1: {
      formal: {
        one: {
          v5fo8v:
            '{name}, e ceva urgent? Tocmai lucram la proiectul dumneavoastră și n-aș vrea să pierd firul.',
        },
        group: {
          huqq4j:
            'Ca să nu vă rețin pe toți prea mult, aș vedea acum doar ce e urgent, iar restul îl lăsăm pentru altă dată.',
        },
        any: {
          ccnqy7:
            'Vă ajut cu plăcere. Cam cât timp credeți că ne ia? Aș vrea să mă întorc apoi la proiectul dumneavoastră.',
          p96iqv:
            'Mă bucur că ați sunat. Propun să rămânem acum la esențial, iar detaliile să le discutăm la următoarea întâlnire.',
          kp6cea: 'Îmi notez asta și o discutăm pe larg la următoarea noastră întâlnire programată.',
        },
      },
      informal: {
        one: {
          k41182: 'Te ajut cu drag. Cam cât crezi că ne ia? Aș vrea să mă întorc apoi la proiectul tău.',
          k4cftk:
            'Mă bucur că ai sunat. Hai să rămânem acum la esențial, iar detaliile le discutăm data viitoare.',
          f2cntl: '{name}, e ceva urgent? Tocmai lucram la proiectul tău și n-aș vrea să pierd firul.',
        },
        group: {
          maz2td: 'Vă ajut cu drag. Cam cât credeți că ne ia? Aș vrea să mă întorc apoi la proiectul vostru.',
          b9cndp:
            'Mă bucur că m-ați sunat. Hai să rămânem acum la esențial, iar detaliile le discutăm data viitoare.',
          zlrz3w:
            'Ca să nu vă țin pe toți prea mult, hai să vedem acum doar ce e urgent, iar restul rămâne pe altă dată.',
        },
        any: {
          pb6b4v: 'Îmi notez asta și o discutăm pe larg la următoarea noastră întâlnire.',
        },
      },
    },
    2: {
      formal: {
        any: {
          nr4oga:
            'Vorbim deja de {minutes}. Propun să strângem celelalte întrebări pentru următoarea noastră discuție.',
          kh0oed:
            'Aș vrea să acord subiectului atenția cuvenită – propun să stabilim o discuție doar pentru asta.',
          nj115u:
            'Ca să pot avansa cu proiectul dumneavoastră, propun să nu lungim apelul acesta – ce nu e urgent poate aștepta.',
          uspqbq: 'Ca să vă dau un răspuns corect, trebuie să verific câteva lucruri. Revin eu cu detaliile.',
        },
      },
      informal: {
        one: {
          k6fhdg:
            'Ca să pot avansa cu proiectul tău, hai s-o facem scurtă – ce nu e urgent mai poate aștepta.',
          pp2xgb: 'Ca să-ți răspund corect, trebuie să verific câteva lucruri. Revin eu la tine.',
        },
        group: {
          nahb8l:
            'Ca să pot avansa cu proiectul vostru, hai s-o facem scurtă – ce nu e urgent mai poate aștepta.',
          u6cqqe: 'Ca să vă răspund corect, trebuie să verific câteva lucruri. Revin eu la voi.',
        },
        any: {
          kui59j: 'Vorbim deja de {minutes}. Hai să strângem celelalte întrebări pentru următoarea discuție.',
          gh6kld:
            'Vreau să-i acord subiectului atenția cuvenită – hai să stabilim o discuție doar pentru asta.',
        },
      },
    },
    3: {
      formal: {
        one: {
          ctgobo: '{name}, acum trebuie să mă întorc la lucru. Reluăm la următoarea întâlnire programată.',
        },
        any: {
          k8e2xu:
            'Acum trebuie să închid. Restul vă rog să mi-l trimiteți pe e-mail și îl discutăm data viitoare.',
          u7xh42:
            'Apelurile de acest fel iau din timpul dedicat proiectului dumneavoastră. Propun ca de acum să ne ținem de întâlnirile programate.',
          c4583l:
            'Trebuie să mă opresc aici. Dacă aveți des nevoie de mine pe neanunțate, putem discuta un tarif separat pentru apelurile neprogramate.',
          q5ropd:
            'Eu trebuie să revin la lucru. Dacă mai aveți întrebări, strângeți-le, vă rog, pentru următoarea noastră discuție.',
        },
      },
      informal: {
        one: {
          rco4t0:
            '{name}, acum trebuie să mă întorc la lucru. Reluăm la următoarea noastră discuție programată.',
          szo7o1: 'Trebuie să închei aici – trimite-mi restul pe mail și ne ocupăm de el data viitoare.',
          aval4a:
            'Apelurile astea îmi iau din timpul pentru proiectul tău. Hai ca de acum să ne ținem de discuțiile programate.',
          k16qq1:
            'Trebuie să mă opresc aici. Dacă ai des nevoie de mine pe loc, hai să discutăm un tarif separat pentru apelurile neprogramate.',
        },
        group: {
          vde34e: 'Trebuie să închei aici – trimiteți-mi restul pe mail și ne ocupăm de el data viitoare.',
          hyjiiv:
            'Apelurile astea îmi iau din timpul pentru proiectul vostru. Hai ca de acum să ne ținem de discuțiile programate.',
          cvqffj:
            'Trebuie să mă opresc aici. Dacă aveți des nevoie de mine pe loc, hai să discutăm un tarif separat pentru apelurile neprogramate.',
          vmjl3h:
            'Eu trebuie să revin la lucru. Dacă mai aveți întrebări, strângeți-le pentru următoarea discuție.',
        },
      },
    },
  },
  hardTalk: {
    1: {
      formal: {
        any: {
          jts15n: 'Vă înțeleg. Permiteți-mi să mă gândesc puțin la asta.',
          udn1ta:
            'Vă mulțumesc că ați vorbit deschis despre asta. Îmi permiteți un minut înainte să răspund?',
          kv180g: 'E un lucru important. Vreau să vă dau un răspuns bine gândit, nu unul pripit.',
          knbznd:
            'Vreau să mă asigur că am înțeles bine. Rezum în două vorbe ce am reținut și apoi îmi iau un moment să mă gândesc.',
        },
      },
      informal: {
        one: {
          o7jo7d: 'Te înțeleg. Lasă-mă să mă gândesc puțin la asta.',
          hpmhf6: 'Mersi că mi-ai spus deschis. Îmi dai un minut înainte să-ți răspund?',
          qyui55: 'E important. Vreau să-ți dau un răspuns bine gândit, nu unul pe fugă.',
          kh54wu:
            'Vreau să mă asigur că am înțeles bine. Îți spun pe scurt ce am reținut și apoi îmi iau un moment de gândire.',
        },
        group: {
          qubhin: 'Vă înțeleg. Lăsați-mă să mă gândesc puțin la asta.',
          zkp0n7: 'Mersi că ați vorbit deschis despre asta. Îmi dați un minut înainte să vă răspund?',
          leppbc: 'E important. Vreau să vă dau un răspuns bine gândit, nu unul pe fugă.',
          zyki4a:
            'Vreau să mă asigur că am înțeles bine. Vă spun pe scurt ce am reținut și apoi îmi iau un moment de gândire.',
        },
      },
    },
    2: {
      formal: {
        any: {
          pcvo2v:
            'Nu aș vrea să vă răspund în grabă. Pot să mă mai gândesc și să revin cu un răspuns bine cântărit?',
          ppslwu:
            'Cred că ne-ar prinde bine o pauză scurtă. Reluăm peste câteva minute, cu mintea mai limpede?',
          k2zyol: 'Vreau să tratez asta cum se cuvine. Rezum ce am reținut și vă scriu după discuție.',
          hru9nm: 'Subiectul „{item}” merită mai mult timp decât avem acum. Programăm o discuție separată?',
        },
      },
      informal: {
        one: {
          k0gkz4:
            'Nu vreau să-ți răspund în grabă. Mă mai gândesc puțin și revin cu un răspuns ca lumea, bine?',
          dno4bs: 'Vreau să fac lucrurile cum trebuie. Rezum ce am reținut și îți scriu după discuție.',
        },
        group: {
          c9j9n0:
            'Nu vreau să vă răspund în grabă. Mă mai gândesc puțin și revin cu un răspuns ca lumea, bine?',
          ckkvbr:
            'Vreau să fac lucrurile cum trebuie. Rezum ce am reținut și vă scriu tuturor după discuție.',
        },
        any: {
          big903: 'Hai să luăm o pauză scurtă și să reluăm peste câteva minute, cu mintea mai limpede.',
          vph8ft:
            'Subiectul „{item}” merită mai mult timp decât avem acum. Ne mai auzim o dată special pentru asta?',
        },
      },
    },
    3: {
      formal: {
        one: {
          kiztzn: '{name}, să încheiem aici – stabilim acum când reluăm discuția?',
        },
        group: {
          v8r0wz: 'Să încheiem aici și să fixăm acum o dată la care reluăm discuția.',
        },
        any: {
          rdnkyc: 'Propun să ne oprim aici pentru azi. Vă trimit răspunsul meu în scris în zilele următoare.',
          btr1ws: 'Prefer să nu iau o decizie pe loc. Revin după ce mă gândesc bine.',
          f6okh4: 'Am discutat multe azi. Înainte să ne oprim, rezum pe scurt ce am convenit.',
        },
      },
      informal: {
        one: {
          kcmx5t: 'Hai să ne oprim aici pentru azi. Îți trimit răspunsul meu în scris în zilele următoare.',
          ngy9jh: 'Am discutat multe azi. Înainte să ne oprim, hai să rezumăm ce am stabilit.',
          k21xd4: '{name}, hai să încheiem aici – stabilim acum când reluăm?',
        },
        group: {
          ntttqr: 'Hai să ne oprim aici pentru azi. Vă trimit răspunsul meu în scris în zilele următoare.',
          jwqqz2: 'Am discutat multe azi. Înainte să ne oprim, rezum pe scurt ce am stabilit împreună.',
          ps7afp: 'Hai să încheiem aici și să fixăm acum când reluăm discuția.',
        },
        any: {
          zvhzr7: 'Prefer să nu decid pe loc. Revin după ce mă gândesc bine.',
        },
      },
    },
  },
  turnLong: {
    1: {
      formal: {
        one: {
          k165af: 'Mulțumesc, {name}. Aș vrea să auzim și pe cineva care încă n-a luat cuvântul.',
          gs1s0j:
            '{name}, e foarte util ce spuneți. Îmi permiteți să vă întrerup o clipă, ca să auzim și alte păreri despre „{item}”?',
          mx0ipi:
            'Mulțumesc frumos, {name}, ați adus câteva idei bune. Să vedem ce cred și ceilalți despre ele.',
          djcrzl: 'Mulțumesc, {name}. Acum are cuvântul {nextName}.',
        },
      },
      informal: {
        one: {
          v1wpjs: 'Mersi, {name}. Aș vrea să auzim și pe cineva care n-a apucat încă să vorbească.',
          fdm3a7:
            '{name}, e foarte util ce spui. Pot să te întrerup o clipă, ca să auzim și alte păreri despre „{item}”?',
          fzbdj1: 'Mersi, {name}, ai adus câteva idei bune. Să vedem ce cred și ceilalți despre ele.',
          mzy6gi: 'Mersi, {name}. Acum are cuvântul {nextName}.',
        },
      },
    },
    2: {
      formal: {
        one: {
          e0w5zy: '{name}, ați putea rezuma într-o frază? Aș vrea să le las loc și celorlalți.',
          beuzsi: 'Vă întrerup o clipă, {name}: țin ca toată lumea să se poată exprima despre „{item}”.',
          aepvxl: '{name}, putem lăsa restul pentru mai târziu, ca să-i auzim întâi pe ceilalți?',
          hutx98: '{name}, să intervină puțin și {nextName}, apoi revenim la dumneavoastră.',
        },
      },
      informal: {
        one: {
          ozwyl3: '{name}, poți să rezumi într-o frază? Aș vrea să le las loc și celorlalți.',
          zx09ls:
            'Te întrerup o clipă, {name}: țin ca toată lumea să-și poată spune părerea despre „{item}”.',
          mbnxwm: '{name}, lăsăm restul pentru mai târziu și îi auzim întâi pe ceilalți?',
          nnczbm: '{name}, să intervină puțin și {nextName}, apoi revenim la tine.',
        },
      },
    },
    3: {
      formal: {
        one: {
          f7cj12: '{name}, îmi pare rău, dar trebuie să vă opresc aici, ca să le vină rândul și celorlalți.',
          ekomj7: 'Mulțumesc, {name}; trebuie să mergem mai departe. Să mai auzim pe altcineva.',
          w7p5vd: '{name}, să ne oprim aici; dacă doriți, trimiteți-mi restul în scris.',
          we3aep: 'Vă mulțumesc, {name}, am reținut ce ați spus; acum trecem la {nextName}.',
        },
      },
      informal: {
        one: {
          gxq3qf: '{name}, îmi pare rău, dar trebuie să te opresc aici, ca să le vină rândul și celorlalți.',
          tqdvm2: 'Mersi, {name}; trebuie să mergem mai departe. Să mai auzim pe altcineva.',
          ac5j9y: '{name}, să ne oprim aici; dacă vrei, trimite-mi restul în scris.',
          qn6n56: 'Mersi, {name}, am reținut ce ai spus; acum trecem la {nextName}.',
        },
      },
    },
  },
  quietInvite: {
    1: {
      formal: {
        one: {
          y04oww: '{name}, doriți să adăugați ceva?',
          db6nyu: '{name}, m-ar interesa cum vedeți „{item}”.',
          aa3cy2: '{name}, vi se pare că mergem în direcția bună?',
        },
      },
      informal: {
        one: {
          rrtxyy: '{name}, vrei să adaugi ceva?',
          xo56sv: '{name}, m-ar interesa cum vezi „{item}”.',
          yh7kns: '{name}, ți se pare că mergem în direcția bună?',
        },
      },
    },
    2: {
      formal: {
        one: {
          feg4hf:
            '{name}, înainte să mergem mai departe, mi-ar plăcea să aud și părerea dumneavoastră despre „{item}”.',
          rgcyrn: '{name}, ne scapă ceva? Poate dumneavoastră vedeți altfel lucrurile.',
          gvmqji: '{name}, aveți vreo întrebare sau vreo rezervă până aici?',
        },
      },
      informal: {
        one: {
          mqyozf: '{name}, înainte să mergem mai departe, mi-ar plăcea să-ți aud și părerea despre „{item}”.',
          qpjksp: '{name}, ne scapă ceva? Poate tu vezi altfel lucrurile.',
          go23yy: '{name}, ai vreo întrebare sau vreo rezervă până aici?',
        },
      },
    },
    3: {
      formal: {
        one: {
          hy1t5p: 'Înainte să hotărâm ceva, vreau să-i aud pe toți. {name}, vă rog.',
          w6sgnf: '{name}, n-aș vrea să mergem mai departe fără părerea dumneavoastră despre „{item}”.',
          l6aiaa: '{name}, vă dau cuvântul: cum vedeți lucrurile, înainte să decidem?',
        },
      },
      informal: {
        one: {
          yitfmz: 'Înainte să hotărâm ceva, vreau să-i aud pe toți. {name}, te rog.',
          ibih44: '{name}, n-aș vrea să mergem mai departe fără părerea ta despre „{item}”.',
          mnxkh2: '{name}, îți dau cuvântul: cum vezi lucrurile, înainte să decidem?',
        },
      },
    },
  },
  roundHandover: {
    1: {
      formal: {
        one: {
          s2mg10: 'Mulțumesc, {name}! Urmează {nextName}.',
          ln8jfa: '{name}, vă mulțumesc frumos, a zburat timpul! Acum vine la rând {nextName}.',
          zew39r: 'Mulțumesc, {name}, e un moment potrivit să ne oprim aici.',
          v4yuyg:
            '{name}, vă mulțumesc frumos. Dacă mai aveți ceva de adăugat, vă dau din nou cuvântul la final.',
        },
      },
      informal: {
        one: {
          gpljdz: 'Mersi, {name}! Urmează {nextName}.',
          kz8zm5: '{name}, mersi mult, a zburat timpul! Acum vine la rând {nextName}.',
          lnnfji: 'Mersi, {name}, e un moment bun să ne oprim aici.',
          a721oj: '{name}, mersi mult. Dacă mai ai ceva de adăugat, îți dau din nou cuvântul la final.',
        },
      },
    },
    2: {
      formal: {
        one: {
          ncdocl: '{name}, am depășit puțin timpul: ați putea încheia într-o frază?',
          az8yl0: '{name}, încă o ultimă idee și trecem mai departe.',
          r1pp35: '{name}, restul îl discutăm după rundă; acum urmează {nextName}.',
        },
      },
      informal: {
        one: {
          w6wu0z: '{name}, am depășit puțin timpul: poți să închei într-o frază?',
          dptva0: '{name}, încă o ultimă idee și trecem mai departe.',
          ttycd5: '{name}, restul îl discutăm după rundă; acum urmează {nextName}.',
        },
      },
    },
    3: {
      formal: {
        one: {
          u9a4kc: '{name}, trebuie să vă opresc aici, ca să aibă toată lumea același timp.',
          m0y3jh: 'Mulțumesc, {name}; trebuie să mergem mai departe. Acum vine la rând {nextName}.',
          cehg6f: '{name}, am depășit timpul, așa că ne oprim aici; restul îl discutăm separat.',
        },
      },
      informal: {
        one: {
          lvpto0: '{name}, trebuie să te opresc aici, ca să aibă toată lumea același timp.',
          nbizgi: 'Mersi, {name}; trebuie să mergem mai departe. Acum vine la rând {nextName}.',
          z8s1h9: '{name}, am depășit timpul, așa că ne oprim aici; restul îl discutăm separat.',
        },
      },
    },
  },
  queueLong: {
    1: {
      formal: {
        group: {
          fctdg1:
            'Mai avem {minutes} pentru „{item}”, iar {queue} vor să mai intervină: să fim scurți, vă rog.',
          vx4fwa:
            'Să ne uităm puțin la ceas: mai avem {minutes} pentru „{item}”. {queue}, câte o idee fiecare, vă rog.',
          njcsj3:
            'Mai sunt câteva persoane pe listă, așa că să trecem la esențial: mai avem {minutes} pentru „{item}”.',
        },
      },
      informal: {
        group: {
          x0zr0g: 'Mai avem {minutes} pentru „{item}”, iar {queue} vor să mai intervină: hai să fim scurți.',
          e2gvv5:
            'Să ne uităm puțin la ceas: mai avem {minutes} pentru „{item}”. {queue}, câte o idee fiecare, da?',
          rmuy9o:
            'Mai sunt câțiva oameni pe listă, așa că trecem la esențial: mai avem {minutes} pentru „{item}”.',
        },
      },
    },
    2: {
      formal: {
        group: {
          wh59no:
            'Mai avem {minutes}: {queue}, câte o singură idee, vă rog, iar restul ni-l trimiteți pe e-mail.',
          vsgcqq: 'Timpul pentru „{item}” e pe terminate: {queue}, puteți rezuma fiecare într-o frază?',
          w8zgqu:
            'Ca să apuce toată lumea să vorbească, vă rog să adăugăm doar ce nu s-a spus încă: mai avem {minutes}.',
        },
      },
      informal: {
        group: {
          f8sb8v: 'Mai avem {minutes}: {queue}, câte o singură idee, iar restul pe mail.',
          k4oi3a: 'Timpul pentru „{item}” e pe terminate: {queue}, vă descurcați cu câte o frază fiecare?',
          rqazha:
            'Ca să apuce toată lumea să vorbească, hai să nu repetăm ce s-a zis deja: mai avem {minutes}.',
        },
      },
    },
    3: {
      formal: {
        group: {
          vwl3hr:
            'Practic, nu mai avem timp pentru „{item}”. {queue}, vă rog să-mi trimiteți în scris ce mai aveați de spus.',
          fninrw:
            'Trebuie să închid aici lista de vorbitori: notăm ce a rămas deschis și revin eu pe e-mail.',
          g1s1ou:
            'Trebuie să mergem mai departe. Dacă e ceva ce nu poate aștepta, spuneți acum, pe scurt; restul îl preiau eu în scris.',
          i68hoy: 'Încheiem aici „{item}” și trecem la „{next}”; celelalte păreri le strâng eu separat.',
        },
      },
      informal: {
        group: {
          gca2mh:
            'Practic, nu mai avem timp pentru „{item}”. {queue}, scrieți-mi, vă rog, ce mai aveați de spus.',
          m7r9ts: 'Închid aici lista de vorbitori: notăm ce a rămas deschis și revin eu pe mail.',
          py5gdo:
            'Trebuie să mergem mai departe. Dacă e ceva ce nu poate aștepta, spuneți acum, pe scurt; restul îl preiau eu în scris.',
          b1tznu: 'Încheiem aici „{item}” și trecem la „{next}”; celelalte păreri le strâng eu separat.',
        },
      },
    },
  },
};
