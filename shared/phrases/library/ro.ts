import type { LocalePhrases } from '../phrase.types';

/** Romanian lines. Formal = dumneavoastră (vă, doriți, puteți), informal = tu. */
export const ro: LocalePhrases = {
  chattyClient: {
    1: {
      formal: {
        aor1oy:
          'Ce frumos! Vă propun să păstrăm povestea pentru finalul discuției – întâi aș avea câteva lucruri de clarificat la „{item}”.',
        yd2e92: 'Mi-ar plăcea să aflu mai multe – putem lăsa asta puțin deoparte și reveni la ea la final?',
        owxj12:
          '{client}, ce poveste frumoasă! Să terminăm întâi partea de lucru, apoi vă ascult cu plăcere.',
        kvvjy2:
          'Interesant! Să lăsăm asta puțin deoparte – aș vrea să discutăm cum se cuvine punctul „{item}”.',
      },
      informal: {
        kvwqsi:
          'Ce tare! Hai să păstrăm restul pentru final – întâi am câteva lucruri de lămurit la „{item}”.',
        zqwt31: 'Vreau să aud toată povestea – o lăsăm pentru finalul discuției?',
        y8gahx:
          '{client}, super poveste! Terminăm întâi partea de business și apoi sunt numai ochi și urechi.',
        ajdu5o:
          'Interesant! Hai s-o lăsăm puțin deoparte – vreau să apucăm să vorbim cum trebuie despre „{item}”.',
      },
    },
    2: {
      formal: {
        o4vdyl: 'Bănuiesc că nu vreți să mă plătiți pentru povești – revenim la proiect?',
        r9sbmi: 'Îmi face plăcere, dar ceasul ticăie pe banii dumneavoastră – revenim la „{item}”?',
        gvtr6o:
          'Povestim deja de {minutes} – aș prefera să folosim timpul acesta pentru proiect. Revenim la „{item}”?',
        hwv1jh:
          '{client}, mai povestim cu drag altă dată – acum să folosim ora dumneavoastră pentru proiect. Unde rămăseserăm cu „{item}”?',
      },
      informal: {
        y4eoyy: 'Nu cred că vrei să mă plătești ca să stăm la povești – ne întoarcem la proiect?',
        vnvxw3: 'Îmi place povestea, dar ceasul merge pe banii tăi – revenim la „{item}”?',
        ioj7sa:
          'Stăm la povești de {minutes} – mai bine am pune timpul ăsta în proiect. Revenim la „{item}”?',
        fvony4:
          '{client}, mai povestim cu drag altă dată, dar acum hai să folosim ora ta pentru lucru. Unde rămăseserăm cu „{item}”?',
      },
    },
    3: {
      formal: {
        b69vtd:
          'Am vorbit {minutes} în afara subiectului – asta înseamnă deja {cost} din bugetul dumneavoastră. Să revenim la „{item}”.',
        qm8788: 'Țin la bugetul dumneavoastră, așa că vă propun să revenim acum la agendă.',
        kbom2t: 'Povestea o continuăm altă dată – azi aș vrea să încheiem punctul „{item}”.',
        onam9a: 'Vă rog să ne întoarcem la agendă: punctul „{item}” încă ne așteaptă.',
      },
      informal: {
        ur0jz1:
          'Am vorbit {minutes} pe lângă subiect – asta înseamnă deja {cost} din bugetul tău. Hai înapoi la „{item}”.',
        zeybeh: 'Țin la bugetul tău, așa că hai să ne întoarcem acum la agendă.',
        k84js1: 'Povestea o continuăm altă dată – azi vreau să terminăm „{item}”.',
        fmsvyi: '{client}, trebuie să ne întoarcem la treabă: punctul „{item}” încă ne așteaptă.',
      },
    },
  },
  groupDrift: {
    1: {
      formal: {
        ptg3z2: 'Bună observație – propun s-o notăm și să revenim la ea la final, dacă rămâne timp.',
        fb77f4: 'Subiectul merită o discuție separată. Vă propun să revenim la „{item}”.',
        h8pt9w: 'Notez ideea, ca să nu se piardă, și vă propun să ne întoarcem la „{item}”.',
        hwvdkr: 'Discuție interesantă – o putem continua separat, după întâlnire? Acum să reluăm „{item}”.',
      },
      informal: {
        ylpd1f: 'Bună idee – hai s-o notăm și revenim la ea la final, dacă mai avem timp.',
        o1lkfj: 'Asta merită o discuție separată. Ne întoarcem la „{item}”?',
        kxbuvm: 'O notez, ca să nu se piardă, și hai înapoi la „{item}”.',
        kx3olc: 'Discuție faină – o continuați separat, după întâlnire? Acum hai să reluăm „{item}”.',
      },
    },
    2: {
      formal: {
        gb9rlx:
          'Discutăm de {minutes} în afara agendei – să revenim la agendă, ca timpul tuturor să fie folosit bine.',
        q086fd:
          'Aș vrea să respectăm timpul tuturor – putem continua acest subiect separat și reveni la „{item}”?',
        kiiphx:
          'Să ne întoarcem la subiect: „{item}” e încă deschis, iar discuția aceasta nu îi privește pe toți cei prezenți.',
        blsi9o:
          'Cei direct implicați ar putea relua discuția după întâlnire? Acum să ne întoarcem la „{item}”.',
      },
      informal: {
        mjmqil:
          'Suntem de {minutes} pe lângă subiect – hai să revenim la agendă, ca să nu pierdem timpul tuturor.',
        kfz82f:
          'Mă gândesc la timpul tuturor – ce ziceți să continuați asta separat, iar acum să revenim la „{item}”?',
        aq20eg:
          'Hai să ne întoarcem la subiect: „{item}” e încă deschis, iar discuția asta nu-i privește pe toți.',
        puslp2: 'Cine e implicat poate relua subiectul după întâlnire? Acum hai înapoi la „{item}”.',
      },
    },
    3: {
      formal: {
        sytxk8: 'De {minutes} suntem în afara agendei. Ne întoarcem acum la „{item}”.',
        gh881v:
          'Să ne oprim aici și vă rog să continuați separat – avem nevoie de timpul rămas pentru „{item}”.',
        b8g77a: 'Din respect pentru timpul tuturor, las acum acest subiect deoparte. Revenim la „{item}”.',
        cxkoip:
          'Trebuie să mergem mai departe. Vă rog să continuați această discuție separat, ca să putem încheia „{item}”.',
      },
      informal: {
        cjbdr3: 'Am stat deja {minutes} pe lângă agendă. Ne întoarcem acum la „{item}”.',
        ki8v6p: 'Hai să ne oprim aici și continuați separat – avem nevoie de timpul rămas pentru „{item}”.',
        gnkkmc: 'Ca să respectăm timpul tuturor, las subiectul ăsta deoparte acum. Înapoi la „{item}”.',
        lirupj:
          'Trebuie să mergem mai departe. Continuați discuția separat, vă rog, ca să putem termina „{item}”.',
      },
    },
  },
  itemOverrun: {
    1: {
      formal: {
        lbjub9: 'Am ajuns la timpul alocat pentru „{item}”. Încheiem aici?',
        ox6icv: 'Timpul pentru „{item}” s-a terminat – mai e ceva esențial înainte să trecem la „{next}”?',
        stewsd: 'Am ajuns la limita de timp pentru acest punct. Să notăm decizia și să mergem mai departe.',
        koheca: 'O mică atenționare: punctul „{item}” a ajuns la timpul planificat. Ce concluzie tragem?',
      },
      informal: {
        o2jnwn: 'Am ajuns la timpul pe care ni l-am dat pentru „{item}”. Încheiem?',
        octusu: 'S-a terminat timpul pentru „{item}” – mai e ceva important înainte să trecem la „{next}”?',
        cjv6je: 'Am ajuns la limită cu punctul ăsta. Hai să notăm ce am decis și mergem mai departe.',
        yprrjt: 'Mică atenționare: „{item}” a ajuns la timpul planificat. Ce concluzie tragem?',
      },
    },
    2: {
      formal: {
        hj44qm:
          'Am depășit cu {minutes} timpul pentru „{item}”. Stabilim pașii următori și trecem la „{next}”?',
        lwzan3:
          'Propun să încheiem „{item}” – ne-am prelungit și aș vrea să rămână loc și pentru celelalte puncte.',
        ecgwcf: 'Am depășit timpul la acest punct. Să notez eu ce avem până acum și să mergem mai departe?',
        ab8wdk: 'Ca să ne încadrăm în program, propun să închidem „{item}” aici și să continuăm pe e-mail.',
      },
      informal: {
        abhgef: 'Am depășit cu {minutes} la „{item}”. Stabilim pașii următori și trecem la „{next}”?',
        lm5cp7: 'Hai să încheiem „{item}” – ne-am lungit și vreau să rămână timp și pentru restul.',
        c8535u: 'Am depășit timpul la punctul ăsta. Notez ce avem până acum și mergem mai departe?',
        k7w79t: 'Ca să ne încadrăm în timp, hai să închidem „{item}” aici și continuăm pe mail.',
      },
    },
    3: {
      formal: {
        h6jcm6: 'Am depășit cu {minutes} timpul pentru „{item}”. Trecem acum la „{next}”.',
        benv85: 'Ne oprim aici cu „{item}”. Trimit un rezumat după întâlnire, ca să nu se piardă nimic.',
        kfwvec: 'Am depășit cu mult timpul la acest punct. Amânăm restul și mergem mai departe.',
        ld9a14: 'Trebuie să mergem mai departe – dacă e nevoie, continuăm „{item}” într-o discuție separată.',
      },
      informal: {
        k06mff: 'Am depășit cu {minutes} la „{item}”. Trecem acum la „{next}”.',
        qos2yx: 'Ne oprim aici cu „{item}”. Trimit după aceea un rezumat, ca să nu se piardă nimic.',
        kyha6w: 'Ne-am lungit mult cu punctul ăsta. Amânăm restul și mergem mai departe.',
        kyc6zs: 'Trebuie să mergem mai departe – dacă e nevoie, continuăm „{item}” separat.',
      },
    },
  },
  capNear: {
    1: {
      formal: {
        ddqorc: 'O privire rapidă la ceas: mai avem {minutes}. Să ne concentrăm pe ce contează cel mai mult.',
        f18y4v: 'Mai avem cam {minutes} – care e lucrul pe care ați dori să-l lămurim neapărat azi?',
        y2gwb9: 'Doar ca să știți: mai avem {minutes} din timpul de azi.',
        kwbmg3: '{client}, mai avem {minutes} – trecem prin punctele principale?',
      },
      informal: {
        k9groo:
          'Ne uităm puțin la ceas: mai avem {minutes}. Hai să ne concentrăm pe ce contează cel mai mult.',
        k1ny7b: 'Mai avem cam {minutes} – care e lucrul pe care vrei neapărat să-l lămurim azi?',
        muuq4d: 'Doar ca să știi: mai avem {minutes} din timpul de azi.',
        or7nfc: '{client}, mai avem {minutes} – trecem prin punctele principale?',
      },
    },
    2: {
      formal: {
        khazmu: 'Mai avem {minutes}. Propun să tragem linie și să stabilim pașii următori.',
        gw17mt: 'Doar {minutes} până la final – să recapitulăm și să stabilim cine ce face.',
        ygr07h: 'Suntem aproape de final. Permiteți-mi să recapitulez pașii următori.',
        efyrha: '{client}, mai avem {minutes}, așa că propun să lăsăm restul pentru următoarea discuție.',
      },
      informal: {
        jbtmxb: 'Mai avem {minutes}. Hai să tragem linie și să stabilim pașii următori.',
        ikbw33: 'Doar {minutes} până la final – recapitulăm și stabilim cine ce face?',
        zstdja: 'Suntem aproape de final. Să recapitulez repede pașii următori.',
        kzh3kh: '{client}, mai avem {minutes} – restul îl lăsăm pentru data viitoare.',
      },
    },
    3: {
      formal: {
        x0mwl6: 'Suntem în ultimele minute. Recapitulez pe scurt și apoi încheiem.',
        acrmmn: 'Mai avem {minutes} – propun să încheiem aici.',
        zbghyq: 'Suntem la limita timpului. Vă trimit un rezumat după întâlnire.',
        crgphq: 'Să ne oprim aici – revin în scris cu tot ce a rămas deschis.',
      },
      informal: {
        md8nf2: 'Suntem în ultimele minute. Recapitulez pe scurt și apoi închidem.',
        xs3a3w: 'Mai avem {minutes} – hai să încheiem aici.',
        ttk2fj: 'Timpul e aproape gata. Îți trimit un rezumat după discuție.',
        dw3u67: 'Hai să ne oprim aici – revin în scris cu tot ce a rămas deschis.',
      },
    },
  },
  capPassed: {
    1: {
      formal: {
        kd9u1g: 'Am ajuns la finalul timpului nostru. Să încheiem aici – vă trimit un rezumat.',
        eoijg2: 'Timpul nostru s-a încheiat. Închidem cu pașii următori?',
        bu0x37: 'Am ajuns la ora stabilită. Mai e ceva urgent înainte să încheiem?',
        ma8gzl: '{client}, am ajuns la final – pentru rest revin eu pe e-mail.',
      },
      informal: {
        kzq2p3: 'Am ajuns la finalul timpului nostru. Hai să încheiem aici – îți trimit un rezumat.',
        ks6bw0: 'Cam ăsta a fost timpul nostru. Închidem cu pașii următori?',
        a0ax1t: 'Am ajuns la ora stabilită. Mai e ceva urgent înainte să închidem?',
        fjje23: '{client}, am ajuns la final – pentru rest îți scriu pe mail.',
      },
    },
    2: {
      formal: {
        gttwkr:
          'Am depășit timpul stabilit cu {minutes}. Propun să încheiem acum și să continuăm data viitoare.',
        dcxtxd: 'Trebuie să țin cont de timp – să ne oprim aici și să continuăm la următoarea discuție.',
        fqbwv9: 'Ne-am prelungit. Vă trimit o recapitulare, iar restul îl putem lămuri pe e-mail.',
        ng1kx2: 'Trebuie să închei acum – am un alt angajament. Continuăm data viitoare.',
      },
      informal: {
        h39i00: 'Am depășit timpul stabilit cu {minutes}. Hai să încheiem acum și continuăm data viitoare.',
        jz50vv: 'Trebuie să fiu cu ochii pe ceas – ne oprim aici și reluăm la următoarea discuție?',
        cupp8v: 'Ne-am lungit. Îți trimit o recapitulare, iar restul îl lămurim pe mail.',
        kugmui: 'Trebuie să închei acum – mai am ceva programat. Continuăm data viitoare.',
      },
    },
    3: {
      formal: {
        p9kebz: 'Am depășit timpul cu {minutes}. Trebuie să închei aici – vă trimit pașii următori.',
        kam16j: 'Îmi pare rău, chiar trebuie să închid acum. Să programăm o discuție separată pentru rest.',
        h9zr2i: 'Ne oprim aici. Tot ce a rămas deschis trece pe agenda următoarei discuții.',
        kirnmg: '{client}, trebuie să închei aici. Vă trimit un rezumat și continuăm data viitoare.',
      },
      informal: {
        ws09v4: 'Am depășit timpul cu {minutes}. Trebuie să închei aici – îți trimit pașii următori.',
        kikyxx: 'Îmi pare rău, chiar trebuie să fug. Hai să programăm o discuție separată pentru rest.',
        e3cb7k: 'Ne oprim aici. Ce a rămas deschis trece pe agenda următoarei discuții.',
        xdn3ef: '{client}, trebuie să închei aici. Îți trimit un rezumat și continuăm data viitoare.',
      },
    },
  },
  chatAtEnd: {
    1: {
      formal: {
        rpbsmt: 'Mi-a făcut mare plăcere să stăm de vorbă! Acum mă întorc la proiectul dumneavoastră.',
        kcq1ui: 'Mă bucur că am mai povestit, {client}. Mă apuc de proiect, ca să fie gata la timp.',
        nbsylx: 'Vă mulțumesc pentru discuție – vă las și mă apuc de ce am stabilit.',
        k8qxwu: 'Întotdeauna e o plăcere să vorbim. Mă apuc imediat de pașii următori.',
      },
      informal: {
        nrpqhq: 'Mi-a făcut mare plăcere să mai povestim! Acum mă întorc la proiectul tău.',
        phi2s9: 'Mă bucur că am stat la povești, {client}. Mă apuc de proiect, ca să fie gata la timp.',
        y7fnsy: 'Mersi de discuție – te las și mă apuc de ce am stabilit.',
        jz3uye: 'E mereu fain să mai stăm de vorbă. Mă apuc imediat de pașii următori.',
      },
    },
    2: {
      formal: {
        yc6s06: 'Cred că e momentul să vă las – și să mă apuc de proiectul dumneavoastră!',
        xfe052: 'A fost foarte plăcut, dar proiectul nu se face singur. Vorbim curând!',
        a5mxib: 'Vă las să vă continuați ziua, iar eu mă întorc la lucru pentru dumneavoastră.',
        kmyph9: 'Continuăm povestea data viitoare – aș vrea să mă apuc chiar azi de treabă.',
      },
      informal: {
        hw4mxd: 'Cred că e momentul să te las – și să mă apuc de proiectul tău!',
        q39ary: 'A fost super, dar proiectul nu se face singur. Vorbim curând!',
        kbsfg6: 'Te las să-ți continui ziua, iar eu mă întorc la proiectul tău.',
        bk3j6i: 'Continuăm povestea data viitoare – vreau să mă apuc chiar azi de treaba ta.',
      },
    },
    3: {
      formal: {
        kswtsn: 'Acum chiar trebuie să închei – revin cu noutăți despre proiect.',
        tl04gr: 'Trebuie să mă opresc aici. Vorbim curând – vă țin la curent.',
        t6bknc: 'Trebuie să închid acum. Vă mulțumesc încă o dată – veți avea vești de la mine în curând.',
        osvbu9: '{client}, să ne luăm rămas-bun aici – mă așteaptă următorul apel.',
      },
      informal: {
        v0wrtx: 'Acum chiar trebuie să închei – revin cu noutăți despre proiectul tău.',
        cwdm7y: 'Trebuie să mă opresc aici. Vorbim curând – te țin la curent.',
        kqw8gy: 'Trebuie să închid acum. Mersi încă o dată – îți dau de veste curând.',
        u5s0dj: '{client}, hai să ne luăm la revedere aici – mă așteaptă următorul apel.',
      },
    },
  },
  adhocCall: {
    1: {
      formal: {
        ccnqy7:
          'Vă ajut cu plăcere. Restul îl putem lăsa pentru discuția noastră săptămânală? Așa mă pot întoarce la proiectul dumneavoastră.',
        p96iqv:
          'Mă bucur că ați sunat. Propun să rămânem acum la esențial, iar detaliile să le discutăm la următoarea întâlnire.',
        kp6cea: 'Îmi notez asta și o discutăm pe larg la următoarea noastră întâlnire programată.',
        v5fo8v:
          '{client}, putem păstra restul pentru discuția noastră obișnuită? Sunt în mijlocul lucrului la proiectul dumneavoastră.',
      },
      informal: {
        k41182:
          'Te ajut cu drag. Restul îl lăsăm pentru discuția noastră săptămânală? Așa mă pot întoarce la proiectul tău.',
        k4cftk:
          'Mă bucur că ai sunat. Hai să rămânem acum la esențial, iar detaliile le discutăm data viitoare.',
        pb6b4v: 'Îmi notez asta și o discutăm pe larg la următoarea noastră întâlnire.',
        f2cntl:
          '{client}, păstrăm restul pentru discuția noastră obișnuită? Sunt chiar în mijlocul lucrului la proiectul tău.',
      },
    },
    2: {
      formal: {
        nr4oga:
          'Vorbim deja de {minutes}. Propun să strângem celelalte întrebări pentru întâlnirea săptămânală.',
        kh0oed: 'Aș vrea să acord subiectului atenția cuvenită – îl putem discuta la întâlnirea programată?',
        nj115u:
          'Ca proiectul dumneavoastră să avanseze, propun să păstrăm scurte aceste apeluri, iar restul să-l lăsăm pentru întâlnirea săptămânală.',
        uspqbq: 'Nu m-am pregătit să intru acum în detalii. Mă uit pe subiect și revin eu cu un răspuns.',
      },
      informal: {
        kui59j: 'Vorbim deja de {minutes}. Hai să strângem celelalte întrebări pentru discuția săptămânală.',
        gh6kld: 'Vreau să-i acord subiectului atenția cuvenită – îl discutăm la întâlnirea programată?',
        k6fhdg:
          'Ca să meargă proiectul tău înainte, hai să ținem apelurile astea scurte și să lăsăm restul pentru discuția săptămânală.',
        pp2xgb: 'Nu m-am pregătit să intru acum în detalii. Mă uit pe subiect și revin eu la tine.',
      },
    },
    3: {
      formal: {
        ctgobo: '{client}, acum trebuie să mă întorc la lucru. Reluăm la următoarea întâlnire programată.',
        k8e2xu:
          'Trebuie să închei aici – vă rog să-mi trimiteți restul pe e-mail și îl discutăm la întâlnirea săptămânală.',
        u7xh42:
          'Apelurile de acest fel iau din timpul dedicat proiectului dumneavoastră. Propun ca de acum să ne ținem de întâlnirea săptămânală.',
        c4583l:
          'Trebuie să mă opresc aici. Dacă aveți des nevoie de mine la scurt timp, putem discuta un tarif pentru disponibilitate la cerere.',
      },
      informal: {
        rco4t0:
          '{client}, acum trebuie să mă întorc la lucru. Reluăm la următoarea noastră discuție programată.',
        szo7o1:
          'Trebuie să închei aici – trimite-mi restul pe mail și ne ocupăm de el la discuția săptămânală.',
        aval4a:
          'Apelurile astea îmi iau din timpul pentru proiectul tău. Hai ca de acum să ne ținem de discuția săptămânală.',
        k16qq1:
          'Trebuie să mă opresc aici. Dacă ai des nevoie de mine pe loc, hai să discutăm un tarif pentru disponibilitate la cerere.',
      },
    },
  },
  hardTalk: {
    1: {
      formal: {
        jts15n: 'Vă înțeleg. Permiteți-mi să mă gândesc puțin la asta.',
        udn1ta: 'Vă mulțumesc că ați vorbit deschis despre asta. Îmi permiteți un minut înainte să răspund?',
        kv180g: 'E un lucru important. Vreau să vă dau un răspuns bine gândit, nu unul pripit.',
        knbznd: 'Vreau să mă asigur că am înțeles bine – îmi puteți spune mai multe despre asta?',
      },
      informal: {
        o7jo7d: 'Te înțeleg. Lasă-mă să mă gândesc puțin la asta.',
        hpmhf6: 'Mersi că mi-ai spus deschis. Îmi dai un minut înainte să-ți răspund?',
        qyui55: 'E important. Vreau să-ți dau un răspuns bine gândit, nu unul pe fugă.',
        kh54wu: 'Vreau să mă asigur că am înțeles bine – îmi spui mai multe?',
      },
    },
    2: {
      formal: {
        pcvo2v: 'Nu aș vrea să vă răspund în grabă. Pot să revin mâine cu un răspuns bine cântărit?',
        ppslwu: 'Să facem o pauză aici. Mă gândesc la toate acestea și revin cu o propunere clară.',
        k2zyol: 'Vreau să tratez asta cum se cuvine. Rezum ce am reținut și vă scriu după discuție.',
        hru9nm: 'Subiectul „{item}” merită mai mult timp decât avem acum. Programăm o discuție separată?',
      },
      informal: {
        k0gkz4: 'Nu vreau să-ți răspund în grabă. Pot să revin mâine cu un răspuns bine gândit?',
        big903: 'Hai să facem o pauză aici. Mă gândesc la toate astea și revin cu o propunere clară.',
        dno4bs: 'Vreau să fac lucrurile cum trebuie. Rezum ce am reținut și îți scriu după discuție.',
        vph8ft:
          'Subiectul „{item}” merită mai mult timp decât avem acum. Ne mai auzim o dată special pentru asta?',
      },
    },
    3: {
      formal: {
        rdnkyc:
          'Propun să ne oprim aici pentru azi. Vă trimit răspunsul meu în scris până la sfârșitul săptămânii.',
        btr1ws: 'Prefer să nu iau o decizie pe loc. Revin după ce mă gândesc bine.',
        f6okh4: 'Am discutat multe. Îmi iau puțin timp să le cântăresc și revin cu tot ce v-am promis.',
        kiztzn: '{client}, să încheiem aici și să reluăm discuția după ce ne-am gândit la ea pe îndelete.',
      },
      informal: {
        kcmx5t:
          'Hai să ne oprim aici pentru azi. Îți trimit răspunsul meu în scris până la sfârșitul săptămânii.',
        zvhzr7: 'Prefer să nu decid pe loc. Revin după ce mă gândesc bine.',
        ngy9jh: 'Am discutat multe. Îmi iau puțin timp să le cântăresc și revin cu tot ce ți-am promis.',
        k21xd4: '{client}, hai să încheiem aici și să reluăm după ce ne-am gândit pe îndelete.',
      },
    },
  },
};
