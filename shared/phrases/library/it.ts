import type { LocalePhrases } from '../phrase.types';

/** Italian lines. Formal = Lei (courtesy capitals: Lei, Le, La, Suo), informal = tu; group lines use voi in both. */
export const it: LocalePhrases = {
  chattyClient: {
    1: {
      formal: [
        'Che bello! Se per Lei va bene, teniamo il resto per la fine della chiamata: prima avrei un paio di punti su «{item}».',
        'Mi incuriosisce, davvero. Ne riparliamo con calma alla fine? Prima vorrei chiudere le questioni di lavoro.',
        '{client}, che bella storia! Mi lasci finire i punti di lavoro, poi sono tutt’orecchi.',
        'Interessante! Lo teniamo un attimo in sospeso? Vorrei dare a «{item}» lo spazio che merita.',
      ],
      informal: [
        'Che bello! Il resto me lo racconti alla fine, va bene? Prima ho un paio di cose su «{item}».',
        'Mi incuriosisce, davvero. Ne riparliamo con calma alla fine? Prima chiudiamo la parte di lavoro.',
        '{client}, bellissima storia! Fammi finire i punti di lavoro e poi sono tutt’orecchi.',
        'Interessante! Lo teniamo da parte un attimo? Voglio dare a «{item}» il tempo che serve.',
      ],
    },
    2: {
      formal: [
        'Non credo che voglia pagarmi per fare due chiacchiere… Che ne dice, torniamo al progetto?',
        'Chiacchiero volentieri con Lei, ma intanto il tassametro corre! Torniamo a «{item}»?',
        'Siamo fuori tema da {minutes}: preferirei che quel tempo andasse al progetto. Torniamo a «{item}»?',
        '{client}, ne parlo volentieri un’altra volta, ma usiamo la Sua ora per il lavoro. A che punto eravamo con «{item}»?',
      ],
      informal: [
        'Non credo che tu voglia pagarmi per fare due chiacchiere… Che dici, torniamo al progetto?',
        'Con te chiacchiererei per ore, ma intanto il tassametro corre! Torniamo a «{item}»?',
        'Siamo fuori tema da {minutes}: preferirei investire quel tempo nel tuo progetto. Torniamo a «{item}»?',
        '{client}, ne parliamo volentieri un’altra volta, ma quest’ora usiamola per il lavoro. A che punto eravamo con «{item}»?',
      ],
    },
    3: {
      formal: [
        'Abbiamo passato {minutes} fuori tema, pari a {cost} del Suo budget. Torniamo a «{item}».',
        'Per rispetto del Suo budget, adesso torniamo ai punti in agenda.',
        'Ne riparliamo un’altra volta: oggi ci tengo a chiudere «{item}».',
        '{client}, devo riportare la conversazione sul lavoro: abbiamo ancora «{item}» da affrontare.',
      ],
      informal: [
        'Abbiamo passato {minutes} fuori tema, cioè {cost} del tuo budget. Torniamo a «{item}».',
        'Non voglio pesare sul tuo budget, quindi adesso torniamo ai punti in agenda.',
        'Il resto ce lo raccontiamo un’altra volta: oggi voglio chiudere «{item}».',
        '{client}, adesso torniamo al lavoro: abbiamo ancora «{item}» da affrontare.',
      ],
    },
  },
  groupDrift: {
    1: {
      formal: [
        'Ottimo spunto: lo annoto e, se avanza tempo, lo riprendiamo alla fine.',
        'È un tema che merita una discussione a parte. Torniamo a «{item}»?',
        'Lo segno per non perderlo, e intanto riprendiamo il punto «{item}».',
        'Discussione interessante: possiamo approfondirla in separata sede e tornare a «{item}»?',
      ],
      informal: [
        'Bello spunto! Me lo segno e, se avanza tempo, ci torniamo alla fine.',
        'Questo merita una chiacchierata a parte. Torniamo a «{item}»?',
        'Me lo appunto così non si perde, e intanto riprendiamo «{item}».',
        'Interessante! Che ne dite di parlarne a parte e tornare a «{item}»?',
      ],
    },
    2: {
      formal: [
        'Stiamo divagando da {minutes}: torniamo all’ordine del giorno, così da usare bene il tempo di tutti.',
        'Vorrei rispettare il tempo di tutti: possiamo approfondire questo tema in separata sede e tornare a «{item}»?',
        'Rimettiamoci in carreggiata: il punto «{item}» è ancora aperto, e questo tema non riguarda tutti.',
        'Chi segue questo argomento potrebbe riprenderlo dopo la riunione? Intanto torniamo a «{item}».',
      ],
      informal: [
        'Stiamo divagando da {minutes}: torniamo all’agenda, così non sprechiamo il tempo di nessuno.',
        'Teniamo d’occhio il tempo di tutti: ne parliamo a parte e torniamo a «{item}»?',
        'Rimettiamoci in carreggiata: «{item}» è ancora aperto, e questo discorso non riguarda tutti.',
        'Chi segue questa cosa può riprenderla dopo la call? Intanto torniamo a «{item}».',
      ],
    },
    3: {
      formal: [
        'Abbiamo dedicato {minutes} a temi fuori dall’ordine del giorno. Ora riportiamo la discussione su «{item}».',
        'Fermiamoci qui e riprendiamo il tema in separata sede: il tempo che resta serve per «{item}».',
        'Per rispetto del tempo di tutti, chiudo qui questo argomento. Torniamo a «{item}».',
        'Dobbiamo andare avanti: vi chiedo di continuare questa discussione a parte e di chiudere ora «{item}».',
      ],
      informal: [
        'Abbiamo passato {minutes} fuori agenda: adesso torniamo a «{item}».',
        'Fermiamoci qui e ne parliamo a parte: il tempo che resta ci serve per «{item}».',
        'Per rispetto del tempo di tutti, questo argomento lo parcheggio qui. Torniamo a «{item}».',
        'Dobbiamo andare avanti: questa discussione continuatela pure dopo, ora chiudiamo «{item}».',
      ],
    },
  },
  itemOverrun: {
    1: {
      formal: [
        'Abbiamo raggiunto il tempo previsto per «{item}». Che ne dice se chiudiamo?',
        'Il tempo per «{item}» è finito: c’è qualcosa di essenziale prima di passare a «{next}»?',
        'Il tempo per questo punto è scaduto. Mettiamo nero su bianco la decisione e andiamo avanti.',
        'Le segnalo solo che per «{item}» siamo al tempo previsto.',
      ],
      informal: [
        'Abbiamo raggiunto il tempo previsto per «{item}». Che dici, chiudiamo?',
        'Il tempo per «{item}» è finito: c’è qualcosa di essenziale prima di passare a «{next}»?',
        'Il tempo per questo punto è finito. Segniamo la decisione e passiamo oltre.',
        'Solo un occhio all’orologio: per «{item}» siamo al tempo previsto.',
      ],
    },
    2: {
      formal: [
        'Abbiamo sforato di {minutes} su «{item}». Possiamo concordare i prossimi passi e passare a «{next}»?',
        'Chiudiamo «{item}»: siamo oltre il tempo e vorrei lasciare spazio anche agli altri punti.',
        'Su questo punto abbiamo superato il tempo. Se per Lei va bene, riassumo quanto deciso e andiamo avanti.',
        'Per restare nei tempi, chiudiamo qui «{item}» e proseguiamo via email.',
      ],
      informal: [
        'Abbiamo sforato di {minutes} su «{item}». Fissiamo i prossimi passi e passiamo a «{next}»?',
        'Chiudiamo «{item}»: siamo fuori tempo e voglio lasciare spazio anche al resto.',
        'Su questo punto siamo oltre il tempo. Ti va se riassumo quello che è emerso e andiamo avanti?',
        'Per stare nei tempi, chiudiamo qui «{item}» e il resto lo vediamo per email.',
      ],
    },
    3: {
      formal: [
        'Su «{item}» abbiamo superato il tempo di {minutes}. Ora passiamo a «{next}».',
        'Fermiamoci qui con «{item}». Le mando un riepilogo, così non si perde nulla.',
        'Su questo punto abbiamo sforato parecchio. Mettiamo da parte il resto e andiamo avanti.',
        'Ora dobbiamo andare avanti: se serve, riprendiamo «{item}» in una chiamata dedicata.',
      ],
      informal: [
        'Su «{item}» siamo già {minutes} oltre: adesso passiamo a «{next}».',
        'Fermiamoci qui con «{item}». Ti mando un riepilogo, così non si perde niente.',
        'Su questo punto abbiamo sforato parecchio. Il resto lo mettiamo da parte e andiamo avanti.',
        'Adesso dobbiamo andare avanti: se serve, su «{item}» ci sentiamo in una call a parte.',
      ],
    },
  },
  capNear: {
    1: {
      formal: [
        'Le segnalo che abbiamo ancora {minutes}: concentriamoci su ciò che conta di più.',
        'Abbiamo ancora circa {minutes}: qual è la cosa che Le preme di più chiudere oggi?',
        'Giusto perché lo sappia: abbiamo ancora {minutes} a disposizione.',
        '{client}, abbiamo ancora {minutes}: vogliamo passare in rassegna i punti principali?',
      ],
      informal: [
        'Un occhio all’orologio: abbiamo ancora {minutes}. Concentriamoci su quello che conta di più.',
        'Abbiamo ancora circa {minutes}: qual è la cosa che ti preme di più chiudere oggi?',
        'Ti avviso: abbiamo ancora {minutes} a disposizione.',
        '{client}, abbiamo ancora {minutes}: ripassiamo i punti principali?',
      ],
    },
    2: {
      formal: [
        'Abbiamo ancora {minutes}. Cominciamo a tirare le somme e a concordare i prossimi passi.',
        'Ancora solo {minutes}: riassumiamo e decidiamo chi fa cosa.',
        'Il tempo sta per finire. Le riepilogo i prossimi passi.',
        'Con {minutes} a disposizione, chiuderei «{item}» e lascerei il resto alla prossima chiamata.',
      ],
      informal: [
        'Abbiamo ancora {minutes}: cominciamo a tirare le somme e a fissare i prossimi passi.',
        'Ancora solo {minutes}: riassumiamo e decidiamo chi fa cosa.',
        'Il tempo sta per finire. Ti faccio un riepilogo dei prossimi passi.',
        'Con {minutes} a disposizione, chiudiamo «{item}» e il resto lo vediamo la prossima volta.',
      ],
    },
    3: {
      formal: [
        'Siamo agli ultimi minuti. Faccio un breve riepilogo e poi chiudiamo.',
        'Abbiamo ancora {minutes}: direi di chiudere qui.',
        'Il tempo è quasi finito. Dopo la chiamata Le mando un riepilogo.',
        'Chiudiamo qui: sui punti ancora aperti Le mando tutto per iscritto.',
      ],
      informal: [
        'Siamo agli ultimi minuti: faccio un breve riepilogo e poi chiudiamo.',
        'Abbiamo ancora {minutes}, quindi chiudiamo qui.',
        'Il tempo è quasi finito. Dopo la call ti mando un riepilogo.',
        'Chiudiamo qui: per i punti ancora aperti ti scrivo io.',
      ],
    },
  },
  capPassed: {
    1: {
      formal: [
        'Siamo alla fine del tempo a disposizione. Chiudiamo qui e Le mando un riepilogo.',
        'Il nostro tempo è finito. Chiudiamo con i prossimi passi?',
        'Abbiamo raggiunto l’orario previsto. C’è qualcosa di urgente prima di salutarci?',
        '{client}, siamo al termine: per il resto Le scrivo io via email.',
      ],
      informal: [
        'Siamo alla fine del tempo che avevamo. Chiudiamo qui e ti mando un riepilogo.',
        'Il nostro tempo è finito: chiudiamo con i prossimi passi?',
        'Siamo all’orario previsto. C’è qualcosa di urgente prima di salutarci?',
        '{client}, il tempo è finito: per il resto ti scrivo io via email.',
      ],
    },
    2: {
      formal: [
        'Abbiamo sforato di {minutes}. Chiudiamo ora e il resto lo riprendiamo la prossima volta.',
        'Devo fare attenzione all’orario: fermiamoci qui e proseguiamo alla prossima chiamata.',
        'Abbiamo superato il tempo. Le mando un riepilogo e completiamo il resto via email.',
        'Devo chiudere adesso, ho un altro impegno. Riprendiamo la prossima volta.',
      ],
      informal: [
        'Abbiamo sforato di {minutes}: chiudiamo adesso e il resto lo riprendiamo la prossima volta.',
        'Devo tenere d’occhio l’orario: fermiamoci qui e continuiamo alla prossima call.',
        'Abbiamo superato il tempo. Ti mando un riepilogo e il resto lo chiudiamo via email.',
        'Devo chiudere adesso, ho un altro impegno. Ci sentiamo la prossima volta.',
      ],
    },
    3: {
      formal: [
        'Abbiamo superato il tempo di {minutes}. Devo chiudere la chiamata qui: Le mando io i prossimi passi.',
        'Mi dispiace, ma ora devo proprio andare. Fissiamo un altro incontro per il resto.',
        'Fermiamoci qui. Quello che resta aperto lo mettiamo all’ordine del giorno della prossima chiamata.',
        '{client}, devo chiudere qui. Le mando un riepilogo e riprendiamo il resto la prossima volta.',
      ],
      informal: [
        'Siamo già {minutes} oltre: devo chiudere qui, ti mando io i prossimi passi.',
        'Scusa, ma adesso devo proprio scappare. Fissiamo un’altra call per il resto.',
        'Fermiamoci qui: quello che resta aperto lo mettiamo in agenda per la prossima volta.',
        '{client}, devo chiudere qui. Ti mando un riepilogo e il resto lo riprendiamo la prossima volta.',
      ],
    },
  },
  chatAtEnd: {
    1: {
      formal: [
        'È stato un piacere fare due chiacchiere! Ora torno a lavorare al Suo progetto.',
        '{client}, è sempre un piacere sentirLa. Ora mi metto sul Suo progetto, così sarà pronto nei tempi.',
        'Grazie per la chiacchierata! La lascio ai Suoi impegni e comincio subito con quello di cui abbiamo parlato.',
        'Sempre un piacere fare quattro chiacchiere. Mi metto subito al lavoro sui prossimi passi.',
      ],
      informal: [
        'Che bello fare due chiacchiere! Adesso torno a lavorare al tuo progetto.',
        '{client}, è sempre un piacere sentirti! Ora mi metto sul tuo progetto, così sarà pronto nei tempi.',
        'Grazie della chiacchierata! Ti lascio andare e parto subito con quello di cui abbiamo parlato.',
        'Sempre bello fare quattro chiacchiere. Mi metto subito sui prossimi passi.',
      ],
    },
    2: {
      formal: [
        'Meglio che La lasci andare, e che io torni al Suo progetto!',
        'Che piacevole chiacchierata, ma il Suo progetto non si fa da solo! A presto.',
        'La lascio alla Sua giornata, e io torno al Suo progetto.',
        'Continuiamo la prossima volta: oggi vorrei già cominciare a lavorare sul Suo progetto.',
      ],
      informal: [
        'Meglio che ti lasci andare, e che io torni al tuo progetto!',
        'Bella chiacchierata, ma il tuo progetto non si fa da solo! A presto.',
        'Ti lascio alla tua giornata, e io torno al tuo progetto.',
        'Continuiamo la prossima volta: oggi voglio già mettere mano al tuo progetto.',
      ],
    },
    3: {
      formal: [
        'Ora devo proprio andare: Le faccio sapere presto come procede il Suo progetto.',
        'Devo chiudere qui. A presto, Le mando un aggiornamento.',
        'Ora devo scappare. Grazie ancora, Le farò avere presto notizie.',
        'Salutiamoci qui: ho un’altra chiamata che mi aspetta.',
      ],
      informal: [
        'Adesso devo proprio andare: ti aggiorno presto sul tuo progetto.',
        'Devo chiudere qui. A presto, ti mando un aggiornamento.',
        'Ora devo scappare. Grazie ancora, ti faccio sapere presto!',
        'Salutiamoci qui: ho un’altra call che mi aspetta.',
      ],
    },
  },
  adhocCall: {
    1: {
      formal: [
        'Ci mancherebbe, volentieri. Il resto lo vediamo nella nostra chiamata settimanale? Così torno a lavorare al Suo progetto.',
        'Grazie della telefonata. Teniamola breve, e i dettagli li vediamo con calma nella prossima chiamata?',
        'Me lo segno e ne parliamo con calma nella prossima chiamata in programma.',
        '{client}, possiamo tenere il resto per la nostra chiamata fissa? Sono nel bel mezzo del lavoro sul Suo progetto.',
      ],
      informal: [
        'Figurati, volentieri. Il resto lo vediamo nella call settimanale? Così torno a lavorare al tuo progetto.',
        'Grazie della telefonata! Teniamola breve e i dettagli li vediamo alla prossima call?',
        'Me lo segno e ne parliamo con calma alla prossima call in calendario.',
        '{client}, il resto lo teniamo per la nostra call fissa? Sono nel bel mezzo del tuo progetto.',
      ],
    },
    2: {
      formal: [
        'Siamo al telefono da {minutes}. Raccogliamo le altre domande per la chiamata settimanale.',
        'Vorrei dedicare a questa questione la giusta attenzione: possiamo parlarne nella chiamata già fissata?',
        'Per far avanzare il Suo progetto, teniamo brevi le chiamate al volo e lasciamo il resto all’appuntamento settimanale.',
        'Su questo punto non ho ancora gli elementi per entrare nel dettaglio. Approfondisco e La richiamo.',
      ],
      informal: [
        'Siamo al telefono da {minutes}: le altre domande le raccogliamo per la call settimanale.',
        'Questa cosa merita la giusta attenzione: ne parliamo nella call già in calendario?',
        'Per far andare avanti il tuo progetto, teniamo brevi le chiamate al volo e il resto lo vediamo nella call settimanale.',
        'Su questo non ho ancora gli elementi per entrare nel dettaglio. Ci guardo e ti richiamo.',
      ],
    },
    3: {
      formal: [
        'Ora devo tornare al lavoro. Riprendiamo il discorso nella prossima chiamata in programma.',
        'Devo chiudere qui: mi mandi pure il resto via email e lo vediamo nella chiamata settimanale.',
        'Chiamate come questa tolgono tempo al Suo progetto. D’ora in poi teniamoci alla chiamata settimanale.',
        '{client}, devo fermarmi qui. Se Le capita spesso di aver bisogno di me con poco preavviso, possiamo valutare una tariffa per la reperibilità.',
      ],
      informal: [
        'Adesso devo tornare al lavoro. Riprendiamo il discorso alla prossima call in calendario.',
        'Devo chiudere qui: mandami pure il resto per email e lo vediamo nella call settimanale.',
        'Chiamate come questa tolgono tempo al tuo progetto. D’ora in poi teniamoci alla call settimanale.',
        'Devo fermarmi qui. Se ti capita spesso di aver bisogno di me all’ultimo momento, parliamo di una tariffa per la reperibilità.',
      ],
    },
  },
  hardTalk: {
    1: {
      formal: [
        'La ascolto. Mi conceda un momento per rifletterci.',
        'Grazie per avermelo detto così apertamente. Posso prendermi un minuto prima di risponderLe?',
        'È una cosa importante, e merita una risposta seria, non improvvisata.',
        'Vorrei capire bene il Suo punto di vista su «{item}»: me ne può parlare un po’ di più?',
      ],
      informal: [
        'Ti ascolto. Dammi un momento per pensarci.',
        'Grazie per avermelo detto così apertamente. Posso prendermi un minuto prima di risponderti?',
        'È una cosa importante, e merita una risposta seria, non improvvisata.',
        'Vorrei capire bene come la vedi su «{item}»: me ne parli un po’ di più?',
      ],
    },
    2: {
      formal: [
        'Non vorrei risponderLe di fretta. Posso tornare da Lei domani con una risposta ponderata?',
        'Facciamo una pausa qui. Ci rifletto e Le mando una proposta chiara.',
        'Ci tengo a fare le cose per bene: riassumo quello che mi ha detto e poi Le mando tutto per iscritto.',
        'Il punto «{item}» merita più tempo di quello che abbiamo adesso. Fissiamo una chiamata dedicata?',
      ],
      informal: [
        'Non voglio risponderti di fretta. Posso tornare da te domani con una risposta ponderata?',
        'Facciamo una pausa qui. Ci rifletto e ti mando una proposta chiara.',
        'Ci tengo a fare le cose per bene: riassumo quello che mi hai detto e poi ti scrivo.',
        'Il punto «{item}» merita più tempo di quello che abbiamo adesso. Fissiamo una call apposta?',
      ],
    },
    3: {
      formal: [
        'Fermiamoci qui per oggi. Entro fine settimana Le mando la mia risposta per iscritto.',
        '{client}, su «{item}» preferisco non decidere su due piedi. Le rispondo quando ci avrò riflettuto con calma.',
        'Abbiamo toccato molti punti. Mi prendo un po’ di tempo e Le farò avere un riscontro su tutto quello che Le ho promesso.',
        'Chiudiamo qui e riprendiamo il discorso quando avremo avuto modo di rifletterci con calma.',
      ],
      informal: [
        'Fermiamoci qui per oggi. Entro fine settimana ti mando la mia risposta per iscritto.',
        'Preferisco non decidere su due piedi. Ti rispondo quando ci avrò pensato con calma.',
        'Abbiamo toccato tanti punti. Mi prendo un po’ di tempo e ti faccio avere un riscontro su tutto quello che ti ho promesso.',
        'Chiudiamo qui e riprendiamo il discorso quando avremo avuto modo di pensarci con calma.',
      ],
    },
  },
};
