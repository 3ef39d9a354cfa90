import type { LocalePhrases } from '../phrase.types';

/** Romanian lines. Formal = dumneavoastră (vă, doriți, puteți), informal = tu. */
export const ro: LocalePhrases = {
  chattyClient: {
    1: {
      formal: [
        'Ce frumos! Vă propun să păstrăm povestea pentru finalul discuției – întâi aș avea câteva lucruri de clarificat la „{item}”.',
        'Mi-ar plăcea să aflu mai multe – putem lăsa asta puțin deoparte și reveni la ea la final?',
        '{client}, ce poveste frumoasă! Să terminăm întâi partea de lucru, apoi vă ascult cu plăcere.',
        'Interesant! Să lăsăm asta puțin deoparte – aș vrea să discutăm cum se cuvine punctul „{item}”.',
      ],
      informal: [
        'Ce tare! Hai să păstrăm restul pentru final – întâi am câteva lucruri de lămurit la „{item}”.',
        'Vreau să aud toată povestea – o lăsăm pentru finalul discuției?',
        '{client}, super poveste! Terminăm întâi partea de business și apoi sunt numai ochi și urechi.',
        'Interesant! Hai s-o lăsăm puțin deoparte – vreau să apucăm să vorbim cum trebuie despre „{item}”.',
      ],
    },
    2: {
      formal: [
        'Bănuiesc că nu vreți să mă plătiți pentru povești – revenim la proiect?',
        'Îmi face plăcere, dar ceasul ticăie pe banii dumneavoastră – revenim la „{item}”?',
        'Povestim deja de {minutes} – aș prefera să folosim timpul acesta pentru proiect. Revenim la „{item}”?',
        '{client}, mai povestim cu drag altă dată – acum să folosim ora dumneavoastră pentru proiect. Unde rămăseserăm cu „{item}”?',
      ],
      informal: [
        'Nu cred că vrei să mă plătești ca să stăm la povești – ne întoarcem la proiect?',
        'Îmi place povestea, dar ceasul merge pe banii tăi – revenim la „{item}”?',
        'Stăm la povești de {minutes} – mai bine am pune timpul ăsta în proiect. Revenim la „{item}”?',
        '{client}, mai povestim cu drag altă dată, dar acum hai să folosim ora ta pentru lucru. Unde rămăseserăm cu „{item}”?',
      ],
    },
    3: {
      formal: [
        'Am vorbit {minutes} în afara subiectului – asta înseamnă deja {cost} din bugetul dumneavoastră. Să revenim la „{item}”.',
        'Țin la bugetul dumneavoastră, așa că vă propun să revenim acum la agendă.',
        'Povestea o continuăm altă dată – azi aș vrea să încheiem punctul „{item}”.',
        'Vă rog să ne întoarcem la agendă: punctul „{item}” încă ne așteaptă.',
      ],
      informal: [
        'Am vorbit {minutes} pe lângă subiect – asta înseamnă deja {cost} din bugetul tău. Hai înapoi la „{item}”.',
        'Țin la bugetul tău, așa că hai să ne întoarcem acum la agendă.',
        'Povestea o continuăm altă dată – azi vreau să terminăm „{item}”.',
        '{client}, trebuie să ne întoarcem la treabă: punctul „{item}” încă ne așteaptă.',
      ],
    },
  },
  groupDrift: {
    1: {
      formal: [
        'Bună observație – propun s-o notăm și să revenim la ea la final, dacă rămâne timp.',
        'Subiectul merită o discuție separată. Vă propun să revenim la „{item}”.',
        'Notez ideea, ca să nu se piardă, și vă propun să ne întoarcem la „{item}”.',
        'Discuție interesantă – o putem continua separat, după întâlnire? Acum să reluăm „{item}”.',
      ],
      informal: [
        'Bună idee – hai s-o notăm și revenim la ea la final, dacă mai avem timp.',
        'Asta merită o discuție separată. Ne întoarcem la „{item}”?',
        'O notez, ca să nu se piardă, și hai înapoi la „{item}”.',
        'Discuție faină – o continuați separat, după întâlnire? Acum hai să reluăm „{item}”.',
      ],
    },
    2: {
      formal: [
        'Discutăm de {minutes} în afara agendei – să revenim la agendă, ca timpul tuturor să fie folosit bine.',
        'Aș vrea să respectăm timpul tuturor – putem continua acest subiect separat și reveni la „{item}”?',
        'Să ne întoarcem la subiect: „{item}” e încă deschis, iar discuția aceasta nu îi privește pe toți cei prezenți.',
        'Cei direct implicați ar putea relua discuția după întâlnire? Acum să ne întoarcem la „{item}”.',
      ],
      informal: [
        'Suntem de {minutes} pe lângă subiect – hai să revenim la agendă, ca să nu pierdem timpul tuturor.',
        'Mă gândesc la timpul tuturor – ce ziceți să continuați asta separat, iar acum să revenim la „{item}”?',
        'Hai să ne întoarcem la subiect: „{item}” e încă deschis, iar discuția asta nu-i privește pe toți.',
        'Cine e implicat poate relua subiectul după întâlnire? Acum hai înapoi la „{item}”.',
      ],
    },
    3: {
      formal: [
        'De {minutes} suntem în afara agendei. Ne întoarcem acum la „{item}”.',
        'Să ne oprim aici și vă rog să continuați separat – avem nevoie de timpul rămas pentru „{item}”.',
        'Din respect pentru timpul tuturor, las acum acest subiect deoparte. Revenim la „{item}”.',
        'Trebuie să mergem mai departe. Vă rog să continuați această discuție separat, ca să putem încheia „{item}”.',
      ],
      informal: [
        'Am stat deja {minutes} pe lângă agendă. Ne întoarcem acum la „{item}”.',
        'Hai să ne oprim aici și continuați separat – avem nevoie de timpul rămas pentru „{item}”.',
        'Ca să respectăm timpul tuturor, las subiectul ăsta deoparte acum. Înapoi la „{item}”.',
        'Trebuie să mergem mai departe. Continuați discuția separat, vă rog, ca să putem termina „{item}”.',
      ],
    },
  },
  itemOverrun: {
    1: {
      formal: [
        'Am ajuns la timpul alocat pentru „{item}”. Încheiem aici?',
        'Timpul pentru „{item}” s-a terminat – mai e ceva esențial înainte să trecem la „{next}”?',
        'Am ajuns la limita de timp pentru acest punct. Să notăm decizia și să mergem mai departe.',
        'O mică atenționare: punctul „{item}” a ajuns la timpul planificat. Ce concluzie tragem?',
      ],
      informal: [
        'Am ajuns la timpul pe care ni l-am dat pentru „{item}”. Încheiem?',
        'S-a terminat timpul pentru „{item}” – mai e ceva important înainte să trecem la „{next}”?',
        'Am ajuns la limită cu punctul ăsta. Hai să notăm ce am decis și mergem mai departe.',
        'Mică atenționare: „{item}” a ajuns la timpul planificat. Ce concluzie tragem?',
      ],
    },
    2: {
      formal: [
        'Am depășit cu {minutes} timpul pentru „{item}”. Stabilim pașii următori și trecem la „{next}”?',
        'Propun să încheiem „{item}” – ne-am prelungit și aș vrea să rămână loc și pentru celelalte puncte.',
        'Am depășit timpul la acest punct. Să notez eu ce avem până acum și să mergem mai departe?',
        'Ca să ne încadrăm în program, propun să închidem „{item}” aici și să continuăm pe e-mail.',
      ],
      informal: [
        'Am depășit cu {minutes} la „{item}”. Stabilim pașii următori și trecem la „{next}”?',
        'Hai să încheiem „{item}” – ne-am lungit și vreau să rămână timp și pentru restul.',
        'Am depășit timpul la punctul ăsta. Notez ce avem până acum și mergem mai departe?',
        'Ca să ne încadrăm în timp, hai să închidem „{item}” aici și continuăm pe mail.',
      ],
    },
    3: {
      formal: [
        'Am depășit cu {minutes} timpul pentru „{item}”. Trecem acum la „{next}”.',
        'Ne oprim aici cu „{item}”. Trimit un rezumat după întâlnire, ca să nu se piardă nimic.',
        'Am depășit cu mult timpul la acest punct. Amânăm restul și mergem mai departe.',
        'Trebuie să mergem mai departe – dacă e nevoie, continuăm „{item}” într-o discuție separată.',
      ],
      informal: [
        'Am depășit cu {minutes} la „{item}”. Trecem acum la „{next}”.',
        'Ne oprim aici cu „{item}”. Trimit după aceea un rezumat, ca să nu se piardă nimic.',
        'Ne-am lungit mult cu punctul ăsta. Amânăm restul și mergem mai departe.',
        'Trebuie să mergem mai departe – dacă e nevoie, continuăm „{item}” separat.',
      ],
    },
  },
  capNear: {
    1: {
      formal: [
        'O privire rapidă la ceas: mai avem {minutes}. Să ne concentrăm pe ce contează cel mai mult.',
        'Mai avem cam {minutes} – care e lucrul pe care ați dori să-l lămurim neapărat azi?',
        'Doar ca să știți: mai avem {minutes} din timpul de azi.',
        '{client}, mai avem {minutes} – trecem prin punctele principale?',
      ],
      informal: [
        'Ne uităm puțin la ceas: mai avem {minutes}. Hai să ne concentrăm pe ce contează cel mai mult.',
        'Mai avem cam {minutes} – care e lucrul pe care vrei neapărat să-l lămurim azi?',
        'Doar ca să știi: mai avem {minutes} din timpul de azi.',
        '{client}, mai avem {minutes} – trecem prin punctele principale?',
      ],
    },
    2: {
      formal: [
        'Mai avem {minutes}. Propun să tragem linie și să stabilim pașii următori.',
        'Doar {minutes} până la final – să recapitulăm și să stabilim cine ce face.',
        'Suntem aproape de final. Permiteți-mi să recapitulez pașii următori.',
        '{client}, mai avem {minutes}, așa că propun să lăsăm restul pentru următoarea discuție.',
      ],
      informal: [
        'Mai avem {minutes}. Hai să tragem linie și să stabilim pașii următori.',
        'Doar {minutes} până la final – recapitulăm și stabilim cine ce face?',
        'Suntem aproape de final. Să recapitulez repede pașii următori.',
        '{client}, mai avem {minutes} – restul îl lăsăm pentru data viitoare.',
      ],
    },
    3: {
      formal: [
        'Suntem în ultimele minute. Recapitulez pe scurt și apoi încheiem.',
        'Mai avem {minutes} – propun să încheiem aici.',
        'Suntem la limita timpului. Vă trimit un rezumat după întâlnire.',
        'Să ne oprim aici – revin în scris cu tot ce a rămas deschis.',
      ],
      informal: [
        'Suntem în ultimele minute. Recapitulez pe scurt și apoi închidem.',
        'Mai avem {minutes} – hai să încheiem aici.',
        'Timpul e aproape gata. Îți trimit un rezumat după discuție.',
        'Hai să ne oprim aici – revin în scris cu tot ce a rămas deschis.',
      ],
    },
  },
  capPassed: {
    1: {
      formal: [
        'Am ajuns la finalul timpului nostru. Să încheiem aici – vă trimit un rezumat.',
        'Timpul nostru s-a încheiat. Închidem cu pașii următori?',
        'Am ajuns la ora stabilită. Mai e ceva urgent înainte să încheiem?',
        '{client}, am ajuns la final – pentru rest revin eu pe e-mail.',
      ],
      informal: [
        'Am ajuns la finalul timpului nostru. Hai să încheiem aici – îți trimit un rezumat.',
        'Cam ăsta a fost timpul nostru. Închidem cu pașii următori?',
        'Am ajuns la ora stabilită. Mai e ceva urgent înainte să închidem?',
        '{client}, am ajuns la final – pentru rest îți scriu pe mail.',
      ],
    },
    2: {
      formal: [
        'Am depășit timpul stabilit cu {minutes}. Propun să încheiem acum și să continuăm data viitoare.',
        'Trebuie să țin cont de timp – să ne oprim aici și să continuăm la următoarea discuție.',
        'Ne-am prelungit. Vă trimit o recapitulare, iar restul îl putem lămuri pe e-mail.',
        'Trebuie să închei acum – am un alt angajament. Continuăm data viitoare.',
      ],
      informal: [
        'Am depășit timpul stabilit cu {minutes}. Hai să încheiem acum și continuăm data viitoare.',
        'Trebuie să fiu cu ochii pe ceas – ne oprim aici și reluăm la următoarea discuție?',
        'Ne-am lungit. Îți trimit o recapitulare, iar restul îl lămurim pe mail.',
        'Trebuie să închei acum – mai am ceva programat. Continuăm data viitoare.',
      ],
    },
    3: {
      formal: [
        'Am depășit timpul cu {minutes}. Trebuie să închei aici – vă trimit pașii următori.',
        'Îmi pare rău, chiar trebuie să închid acum. Să programăm o discuție separată pentru rest.',
        'Ne oprim aici. Tot ce a rămas deschis trece pe agenda următoarei discuții.',
        '{client}, trebuie să închei aici. Vă trimit un rezumat și continuăm data viitoare.',
      ],
      informal: [
        'Am depășit timpul cu {minutes}. Trebuie să închei aici – îți trimit pașii următori.',
        'Îmi pare rău, chiar trebuie să fug. Hai să programăm o discuție separată pentru rest.',
        'Ne oprim aici. Ce a rămas deschis trece pe agenda următoarei discuții.',
        '{client}, trebuie să închei aici. Îți trimit un rezumat și continuăm data viitoare.',
      ],
    },
  },
  chatAtEnd: {
    1: {
      formal: [
        'Mi-a făcut mare plăcere să stăm de vorbă! Acum mă întorc la proiectul dumneavoastră.',
        'Mă bucur că am mai povestit, {client}. Mă apuc de proiect, ca să fie gata la timp.',
        'Vă mulțumesc pentru discuție – vă las și mă apuc de ce am stabilit.',
        'Întotdeauna e o plăcere să vorbim. Mă apuc imediat de pașii următori.',
      ],
      informal: [
        'Mi-a făcut mare plăcere să mai povestim! Acum mă întorc la proiectul tău.',
        'Mă bucur că am stat la povești, {client}. Mă apuc de proiect, ca să fie gata la timp.',
        'Mersi de discuție – te las și mă apuc de ce am stabilit.',
        'E mereu fain să mai stăm de vorbă. Mă apuc imediat de pașii următori.',
      ],
    },
    2: {
      formal: [
        'Cred că e momentul să vă las – și să mă apuc de proiectul dumneavoastră!',
        'A fost foarte plăcut, dar proiectul nu se face singur. Vorbim curând!',
        'Vă las să vă continuați ziua, iar eu mă întorc la lucru pentru dumneavoastră.',
        'Continuăm povestea data viitoare – aș vrea să mă apuc chiar azi de treabă.',
      ],
      informal: [
        'Cred că e momentul să te las – și să mă apuc de proiectul tău!',
        'A fost super, dar proiectul nu se face singur. Vorbim curând!',
        'Te las să-ți continui ziua, iar eu mă întorc la proiectul tău.',
        'Continuăm povestea data viitoare – vreau să mă apuc chiar azi de treaba ta.',
      ],
    },
    3: {
      formal: [
        'Acum chiar trebuie să închei – revin cu noutăți despre proiect.',
        'Trebuie să mă opresc aici. Vorbim curând – vă țin la curent.',
        'Trebuie să închid acum. Vă mulțumesc încă o dată – veți avea vești de la mine în curând.',
        '{client}, să ne luăm rămas-bun aici – mă așteaptă următorul apel.',
      ],
      informal: [
        'Acum chiar trebuie să închei – revin cu noutăți despre proiectul tău.',
        'Trebuie să mă opresc aici. Vorbim curând – te țin la curent.',
        'Trebuie să închid acum. Mersi încă o dată – îți dau de veste curând.',
        '{client}, hai să ne luăm la revedere aici – mă așteaptă următorul apel.',
      ],
    },
  },
  adhocCall: {
    1: {
      formal: [
        'Vă ajut cu plăcere. Restul îl putem lăsa pentru discuția noastră săptămânală? Așa mă pot întoarce la proiectul dumneavoastră.',
        'Mă bucur că ați sunat. Propun să rămânem acum la esențial, iar detaliile să le discutăm la următoarea întâlnire.',
        'Îmi notez asta și o discutăm pe larg la următoarea noastră întâlnire programată.',
        '{client}, putem păstra restul pentru discuția noastră obișnuită? Sunt în mijlocul lucrului la proiectul dumneavoastră.',
      ],
      informal: [
        'Te ajut cu drag. Restul îl lăsăm pentru discuția noastră săptămânală? Așa mă pot întoarce la proiectul tău.',
        'Mă bucur că ai sunat. Hai să rămânem acum la esențial, iar detaliile le discutăm data viitoare.',
        'Îmi notez asta și o discutăm pe larg la următoarea noastră întâlnire.',
        '{client}, păstrăm restul pentru discuția noastră obișnuită? Sunt chiar în mijlocul lucrului la proiectul tău.',
      ],
    },
    2: {
      formal: [
        'Vorbim deja de {minutes}. Propun să strângem celelalte întrebări pentru întâlnirea săptămânală.',
        'Aș vrea să acord subiectului atenția cuvenită – îl putem discuta la întâlnirea programată?',
        'Ca proiectul dumneavoastră să avanseze, propun să păstrăm scurte aceste apeluri, iar restul să-l lăsăm pentru întâlnirea săptămânală.',
        'Nu m-am pregătit să intru acum în detalii. Mă uit pe subiect și revin eu cu un răspuns.',
      ],
      informal: [
        'Vorbim deja de {minutes}. Hai să strângem celelalte întrebări pentru discuția săptămânală.',
        'Vreau să-i acord subiectului atenția cuvenită – îl discutăm la întâlnirea programată?',
        'Ca să meargă proiectul tău înainte, hai să ținem apelurile astea scurte și să lăsăm restul pentru discuția săptămânală.',
        'Nu m-am pregătit să intru acum în detalii. Mă uit pe subiect și revin eu la tine.',
      ],
    },
    3: {
      formal: [
        '{client}, acum trebuie să mă întorc la lucru. Reluăm la următoarea întâlnire programată.',
        'Trebuie să închei aici – vă rog să-mi trimiteți restul pe e-mail și îl discutăm la întâlnirea săptămânală.',
        'Apelurile de acest fel iau din timpul dedicat proiectului dumneavoastră. Propun ca de acum să ne ținem de întâlnirea săptămânală.',
        'Trebuie să mă opresc aici. Dacă aveți des nevoie de mine la scurt timp, putem discuta un tarif pentru disponibilitate la cerere.',
      ],
      informal: [
        '{client}, acum trebuie să mă întorc la lucru. Reluăm la următoarea noastră discuție programată.',
        'Trebuie să închei aici – trimite-mi restul pe mail și ne ocupăm de el la discuția săptămânală.',
        'Apelurile astea îmi iau din timpul pentru proiectul tău. Hai ca de acum să ne ținem de discuția săptămânală.',
        'Trebuie să mă opresc aici. Dacă ai des nevoie de mine pe loc, hai să discutăm un tarif pentru disponibilitate la cerere.',
      ],
    },
  },
  hardTalk: {
    1: {
      formal: [
        'Vă înțeleg. Permiteți-mi să mă gândesc puțin la asta.',
        'Vă mulțumesc că ați vorbit deschis despre asta. Îmi permiteți un minut înainte să răspund?',
        'E un lucru important. Vreau să vă dau un răspuns bine gândit, nu unul pripit.',
        'Vreau să mă asigur că am înțeles bine – îmi puteți spune mai multe despre asta?',
      ],
      informal: [
        'Te înțeleg. Lasă-mă să mă gândesc puțin la asta.',
        'Mersi că mi-ai spus deschis. Îmi dai un minut înainte să-ți răspund?',
        'E important. Vreau să-ți dau un răspuns bine gândit, nu unul pe fugă.',
        'Vreau să mă asigur că am înțeles bine – îmi spui mai multe?',
      ],
    },
    2: {
      formal: [
        'Nu aș vrea să vă răspund în grabă. Pot să revin mâine cu un răspuns bine cântărit?',
        'Să facem o pauză aici. Mă gândesc la toate acestea și revin cu o propunere clară.',
        'Vreau să tratez asta cum se cuvine. Rezum ce am reținut și vă scriu după discuție.',
        'Subiectul „{item}” merită mai mult timp decât avem acum. Programăm o discuție separată?',
      ],
      informal: [
        'Nu vreau să-ți răspund în grabă. Pot să revin mâine cu un răspuns bine gândit?',
        'Hai să facem o pauză aici. Mă gândesc la toate astea și revin cu o propunere clară.',
        'Vreau să fac lucrurile cum trebuie. Rezum ce am reținut și îți scriu după discuție.',
        'Subiectul „{item}” merită mai mult timp decât avem acum. Ne mai auzim o dată special pentru asta?',
      ],
    },
    3: {
      formal: [
        'Propun să ne oprim aici pentru azi. Vă trimit răspunsul meu în scris până la sfârșitul săptămânii.',
        'Prefer să nu iau o decizie pe loc. Revin după ce mă gândesc bine.',
        'Am discutat multe. Îmi iau puțin timp să le cântăresc și revin cu tot ce v-am promis.',
        '{client}, să încheiem aici și să reluăm discuția după ce ne-am gândit la ea pe îndelete.',
      ],
      informal: [
        'Hai să ne oprim aici pentru azi. Îți trimit răspunsul meu în scris până la sfârșitul săptămânii.',
        'Prefer să nu decid pe loc. Revin după ce mă gândesc bine.',
        'Am discutat multe. Îmi iau puțin timp să le cântăresc și revin cu tot ce ți-am promis.',
        '{client}, hai să încheiem aici și să reluăm după ce ne-am gândit pe îndelete.',
      ],
    },
  },
};
