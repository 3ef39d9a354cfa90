import type { LocalePhrases } from '../phrase.types';

/** Italian lines. Formal = Lei (courtesy capitals: Lei, Le, La, Suo), informal = tu; group lines use voi in both. */
export const it: LocalePhrases = {
  chattyClient: {
    1: {
      formal: {
        i6hk9f:
          'Che bello! Se per Lei va bene, teniamo il resto per la fine della chiamata: prima avrei un paio di punti su «{item}».',
        b6uzd5:
          'Mi incuriosisce, davvero. Ne riparliamo con calma alla fine? Prima vorrei chiudere le questioni di lavoro.',
        nwtdvb: '{client}, che bella storia! Mi lasci finire i punti di lavoro, poi sono tutt’orecchi.',
        kheof6: 'Interessante! Lo teniamo un attimo in sospeso? Vorrei dare a «{item}» lo spazio che merita.',
      },
      informal: {
        vivm0d:
          'Che bello! Il resto me lo racconti alla fine, va bene? Prima ho un paio di cose su «{item}».',
        a7w32k:
          'Mi incuriosisce, davvero. Ne riparliamo con calma alla fine? Prima chiudiamo la parte di lavoro.',
        s23rma: '{client}, bellissima storia! Fammi finire i punti di lavoro e poi sono tutt’orecchi.',
        k7q3u0: 'Interessante! Lo teniamo da parte un attimo? Voglio dare a «{item}» il tempo che serve.',
      },
    },
    2: {
      formal: {
        o3b1y7: 'Non credo che voglia pagarmi per fare due chiacchiere… Che ne dice, torniamo al progetto?',
        egrvoq: 'Chiacchiero volentieri con Lei, ma intanto il tassametro corre! Torniamo a «{item}»?',
        h0o6rk:
          'Siamo fuori tema da {minutes}: preferirei che quel tempo andasse al progetto. Torniamo a «{item}»?',
        t4m6u6:
          '{client}, ne parlo volentieri un’altra volta, ma usiamo la Sua ora per il lavoro. A che punto eravamo con «{item}»?',
      },
      informal: {
        wlg31w: 'Non credo che tu voglia pagarmi per fare due chiacchiere… Che dici, torniamo al progetto?',
        ia4q7u: 'Con te chiacchiererei per ore, ma intanto il tassametro corre! Torniamo a «{item}»?',
        rt91t7:
          'Siamo fuori tema da {minutes}: preferirei investire quel tempo nel tuo progetto. Torniamo a «{item}»?',
        v056eq:
          '{client}, ne parliamo volentieri un’altra volta, ma quest’ora usiamola per il lavoro. A che punto eravamo con «{item}»?',
      },
    },
    3: {
      formal: {
        wimlu2: 'Abbiamo passato {minutes} fuori tema, pari a {cost} del Suo budget. Torniamo a «{item}».',
        wwnhd6: 'Per rispetto del Suo budget, adesso torniamo ai punti in agenda.',
        k5yypc: 'Ne riparliamo un’altra volta: oggi ci tengo a chiudere «{item}».',
        lvy8l3:
          '{client}, devo riportare la conversazione sul lavoro: abbiamo ancora «{item}» da affrontare.',
      },
      informal: {
        xojiph: 'Abbiamo passato {minutes} fuori tema, cioè {cost} del tuo budget. Torniamo a «{item}».',
        o41kzb: 'Non voglio pesare sul tuo budget, quindi adesso torniamo ai punti in agenda.',
        yii4md: 'Il resto ce lo raccontiamo un’altra volta: oggi voglio chiudere «{item}».',
        urlecs: '{client}, adesso torniamo al lavoro: abbiamo ancora «{item}» da affrontare.',
      },
    },
  },
  groupDrift: {
    1: {
      formal: {
        kdgep2: 'Ottimo spunto: lo annoto e, se avanza tempo, lo riprendiamo alla fine.',
        qh91ce: 'È un tema che merita una discussione a parte. Torniamo a «{item}»?',
        l8twzd: 'Lo segno per non perderlo, e intanto riprendiamo il punto «{item}».',
        kl1ml3: 'Discussione interessante: possiamo approfondirla in separata sede e tornare a «{item}»?',
      },
      informal: {
        sm7qyj: 'Bello spunto! Me lo segno e, se avanza tempo, ci torniamo alla fine.',
        n7pum9: 'Questo merita una chiacchierata a parte. Torniamo a «{item}»?',
        gvronu: 'Me lo appunto così non si perde, e intanto riprendiamo «{item}».',
        mfu9a1: 'Interessante! Che ne dite di parlarne a parte e tornare a «{item}»?',
      },
    },
    2: {
      formal: {
        f3thfx:
          'Stiamo divagando da {minutes}: torniamo all’ordine del giorno, così da usare bene il tempo di tutti.',
        tcn0px:
          'Vorrei rispettare il tempo di tutti: possiamo approfondire questo tema in separata sede e tornare a «{item}»?',
        sw4aop:
          'Rimettiamoci in carreggiata: il punto «{item}» è ancora aperto, e questo tema non riguarda tutti.',
        wqzzw6:
          'Chi segue questo argomento potrebbe riprenderlo dopo la riunione? Intanto torniamo a «{item}».',
      },
      informal: {
        g4tzjw:
          'Stiamo divagando da {minutes}: torniamo all’agenda, così non sprechiamo il tempo di nessuno.',
        wd4t71: 'Teniamo d’occhio il tempo di tutti: ne parliamo a parte e torniamo a «{item}»?',
        abfni8:
          'Rimettiamoci in carreggiata: «{item}» è ancora aperto, e questo discorso non riguarda tutti.',
        liq3az: 'Chi segue questa cosa può riprenderla dopo la call? Intanto torniamo a «{item}».',
      },
    },
    3: {
      formal: {
        k3s42m:
          'Abbiamo dedicato {minutes} a temi fuori dall’ordine del giorno. Ora riportiamo la discussione su «{item}».',
        zfd1zo:
          'Fermiamoci qui e riprendiamo il tema in separata sede: il tempo che resta serve per «{item}».',
        k3amjw: 'Per rispetto del tempo di tutti, chiudo qui questo argomento. Torniamo a «{item}».',
        kez369:
          'Dobbiamo andare avanti: vi chiedo di continuare questa discussione a parte e di chiudere ora «{item}».',
      },
      informal: {
        q52u2m: 'Abbiamo passato {minutes} fuori agenda: adesso torniamo a «{item}».',
        bzgc07: 'Fermiamoci qui e ne parliamo a parte: il tempo che resta ci serve per «{item}».',
        kfsfrp: 'Per rispetto del tempo di tutti, questo argomento lo parcheggio qui. Torniamo a «{item}».',
        ut6310: 'Dobbiamo andare avanti: questa discussione continuatela pure dopo, ora chiudiamo «{item}».',
      },
    },
  },
  itemOverrun: {
    1: {
      formal: {
        ycubqs: 'Abbiamo raggiunto il tempo previsto per «{item}». Che ne dice se chiudiamo?',
        xxab07: 'Il tempo per «{item}» è finito: c’è qualcosa di essenziale prima di passare a «{next}»?',
        qx79fg: 'Il tempo per questo punto è scaduto. Mettiamo nero su bianco la decisione e andiamo avanti.',
        a68rfb: 'Le segnalo solo che per «{item}» siamo al tempo previsto.',
      },
      informal: {
        k1igeq: 'Abbiamo raggiunto il tempo previsto per «{item}». Che dici, chiudiamo?',
        kjbm5k: 'Il tempo per «{item}» è finito: c’è qualcosa di essenziale prima di passare a «{next}»?',
        bhknet: 'Il tempo per questo punto è finito. Segniamo la decisione e passiamo oltre.',
        lr85ba: 'Solo un occhio all’orologio: per «{item}» siamo al tempo previsto.',
      },
    },
    2: {
      formal: {
        crasgr:
          'Abbiamo sforato di {minutes} su «{item}». Possiamo concordare i prossimi passi e passare a «{next}»?',
        jprjt7: 'Chiudiamo «{item}»: siamo oltre il tempo e vorrei lasciare spazio anche agli altri punti.',
        vrnk6y:
          'Su questo punto abbiamo superato il tempo. Se per Lei va bene, riassumo quanto deciso e andiamo avanti.',
        knyv57: 'Per restare nei tempi, chiudiamo qui «{item}» e proseguiamo via email.',
      },
      informal: {
        qk8nh2: 'Abbiamo sforato di {minutes} su «{item}». Fissiamo i prossimi passi e passiamo a «{next}»?',
        etkf7i: 'Chiudiamo «{item}»: siamo fuori tempo e voglio lasciare spazio anche al resto.',
        m0cv9c:
          'Su questo punto siamo oltre il tempo. Ti va se riassumo quello che è emerso e andiamo avanti?',
        ksejnf: 'Per stare nei tempi, chiudiamo qui «{item}» e il resto lo vediamo per email.',
      },
    },
    3: {
      formal: {
        vqke33: 'Su «{item}» abbiamo superato il tempo di {minutes}. Ora passiamo a «{next}».',
        tx6pcf: 'Fermiamoci qui con «{item}». Le mando un riepilogo, così non si perde nulla.',
        rmznrj: 'Su questo punto abbiamo sforato parecchio. Mettiamo da parte il resto e andiamo avanti.',
        bo56jo: 'Ora dobbiamo andare avanti: se serve, riprendiamo «{item}» in una chiamata dedicata.',
      },
      informal: {
        c2jius: 'Su «{item}» siamo già {minutes} oltre: adesso passiamo a «{next}».',
        d4jokb: 'Fermiamoci qui con «{item}». Ti mando un riepilogo, così non si perde niente.',
        cyl5uj: 'Su questo punto abbiamo sforato parecchio. Il resto lo mettiamo da parte e andiamo avanti.',
        klsdf2: 'Adesso dobbiamo andare avanti: se serve, su «{item}» ci sentiamo in una call a parte.',
      },
    },
  },
  capNear: {
    1: {
      formal: {
        kt86bl: 'Le segnalo che abbiamo ancora {minutes}: concentriamoci su ciò che conta di più.',
        k9xghm: 'Abbiamo ancora circa {minutes}: qual è la cosa che Le preme di più chiudere oggi?',
        kp067i: 'Giusto perché lo sappia: abbiamo ancora {minutes} a disposizione.',
        swqrl7: '{client}, abbiamo ancora {minutes}: vogliamo passare in rassegna i punti principali?',
      },
      informal: {
        kh6oob:
          'Un occhio all’orologio: abbiamo ancora {minutes}. Concentriamoci su quello che conta di più.',
        y646d5: 'Abbiamo ancora circa {minutes}: qual è la cosa che ti preme di più chiudere oggi?',
        dx80zi: 'Ti avviso: abbiamo ancora {minutes} a disposizione.',
        u9vmc4: '{client}, abbiamo ancora {minutes}: ripassiamo i punti principali?',
      },
    },
    2: {
      formal: {
        a7znnq: 'Abbiamo ancora {minutes}. Cominciamo a tirare le somme e a concordare i prossimi passi.',
        zepss3: 'Ancora solo {minutes}: riassumiamo e decidiamo chi fa cosa.',
        ubfbr4: 'Il tempo sta per finire. Le riepilogo i prossimi passi.',
        xufbi4:
          'Con {minutes} a disposizione, chiuderei «{item}» e lascerei il resto alla prossima chiamata.',
      },
      informal: {
        kbpfwc: 'Abbiamo ancora {minutes}: cominciamo a tirare le somme e a fissare i prossimi passi.',
        j32bu8: 'Ancora solo {minutes}: riassumiamo e decidiamo chi fa cosa.',
        fy78r8: 'Il tempo sta per finire. Ti faccio un riepilogo dei prossimi passi.',
        kmq6mn: 'Con {minutes} a disposizione, chiudiamo «{item}» e il resto lo vediamo la prossima volta.',
      },
    },
    3: {
      formal: {
        k3oewp: 'Siamo agli ultimi minuti. Faccio un breve riepilogo e poi chiudiamo.',
        hou6cx: 'Abbiamo ancora {minutes}: direi di chiudere qui.',
        gmdifw: 'Il tempo è quasi finito. Dopo la chiamata Le mando un riepilogo.',
        ma91yz: 'Chiudiamo qui: sui punti ancora aperti Le mando tutto per iscritto.',
      },
      informal: {
        t72nsg: 'Siamo agli ultimi minuti: faccio un breve riepilogo e poi chiudiamo.',
        t1bl3y: 'Abbiamo ancora {minutes}, quindi chiudiamo qui.',
        nhtayn: 'Il tempo è quasi finito. Dopo la call ti mando un riepilogo.',
        ksbb7w: 'Chiudiamo qui: per i punti ancora aperti ti scrivo io.',
      },
    },
  },
  capPassed: {
    1: {
      formal: {
        skmixz: 'Siamo alla fine del tempo a disposizione. Chiudiamo qui e Le mando un riepilogo.',
        wsoubz: 'Il nostro tempo è finito. Chiudiamo con i prossimi passi?',
        k6xcep: 'Abbiamo raggiunto l’orario previsto. C’è qualcosa di urgente prima di salutarci?',
        kwlvaq: '{client}, siamo al termine: per il resto Le scrivo io via email.',
      },
      informal: {
        zxhrec: 'Siamo alla fine del tempo che avevamo. Chiudiamo qui e ti mando un riepilogo.',
        kd2ape: 'Il nostro tempo è finito: chiudiamo con i prossimi passi?',
        kl8adv: 'Siamo all’orario previsto. C’è qualcosa di urgente prima di salutarci?',
        iaarrd: '{client}, il tempo è finito: per il resto ti scrivo io via email.',
      },
    },
    2: {
      formal: {
        kxghr1: 'Abbiamo sforato di {minutes}. Chiudiamo ora e il resto lo riprendiamo la prossima volta.',
        k4jkqa: 'Devo fare attenzione all’orario: fermiamoci qui e proseguiamo alla prossima chiamata.',
        e4yg1c: 'Abbiamo superato il tempo. Le mando un riepilogo e completiamo il resto via email.',
        uizzfq: 'Devo chiudere adesso, ho un altro impegno. Riprendiamo la prossima volta.',
      },
      informal: {
        vji8k7: 'Abbiamo sforato di {minutes}: chiudiamo adesso e il resto lo riprendiamo la prossima volta.',
        h3txwj: 'Devo tenere d’occhio l’orario: fermiamoci qui e continuiamo alla prossima call.',
        qkai3x: 'Abbiamo superato il tempo. Ti mando un riepilogo e il resto lo chiudiamo via email.',
        w38o5z: 'Devo chiudere adesso, ho un altro impegno. Ci sentiamo la prossima volta.',
      },
    },
    3: {
      formal: {
        kk4eej:
          'Abbiamo superato il tempo di {minutes}. Devo chiudere la chiamata qui: Le mando io i prossimi passi.',
        k1q1ig: 'Mi dispiace, ma ora devo proprio andare. Fissiamo un altro incontro per il resto.',
        khhmd1:
          'Fermiamoci qui. Quello che resta aperto lo mettiamo all’ordine del giorno della prossima chiamata.',
        xja94h:
          '{client}, devo chiudere qui. Le mando un riepilogo e riprendiamo il resto la prossima volta.',
      },
      informal: {
        k4ml78: 'Siamo già {minutes} oltre: devo chiudere qui, ti mando io i prossimi passi.',
        pb7qgw: 'Scusa, ma adesso devo proprio scappare. Fissiamo un’altra call per il resto.',
        j9xi81: 'Fermiamoci qui: quello che resta aperto lo mettiamo in agenda per la prossima volta.',
        e0ctuh:
          '{client}, devo chiudere qui. Ti mando un riepilogo e il resto lo riprendiamo la prossima volta.',
      },
    },
  },
  chatAtEnd: {
    1: {
      formal: {
        l1c5xf: 'È stato un piacere fare due chiacchiere! Ora torno a lavorare al Suo progetto.',
        sdh3mv:
          '{client}, è sempre un piacere sentirLa. Ora mi metto sul Suo progetto, così sarà pronto nei tempi.',
        yjbz00:
          'Grazie per la chiacchierata! La lascio ai Suoi impegni e comincio subito con quello di cui abbiamo parlato.',
        am5yxt: 'Sempre un piacere fare quattro chiacchiere. Mi metto subito al lavoro sui prossimi passi.',
      },
      informal: {
        lts04s: 'Che bello fare due chiacchiere! Adesso torno a lavorare al tuo progetto.',
        kaxufy:
          '{client}, è sempre un piacere sentirti! Ora mi metto sul tuo progetto, così sarà pronto nei tempi.',
        bmhrly:
          'Grazie della chiacchierata! Ti lascio andare e parto subito con quello di cui abbiamo parlato.',
        kr60fw: 'Sempre bello fare quattro chiacchiere. Mi metto subito sui prossimi passi.',
      },
    },
    2: {
      formal: {
        kojccb: 'Meglio che La lasci andare, e che io torni al Suo progetto!',
        kjgkmi: 'Che piacevole chiacchierata, ma il Suo progetto non si fa da solo! A presto.',
        jgld43: 'La lascio alla Sua giornata, e io torno al Suo progetto.',
        okbvt3: 'Continuiamo la prossima volta: oggi vorrei già cominciare a lavorare sul Suo progetto.',
      },
      informal: {
        so0xy1: 'Meglio che ti lasci andare, e che io torni al tuo progetto!',
        kfa08e: 'Bella chiacchierata, ma il tuo progetto non si fa da solo! A presto.',
        c8gwou: 'Ti lascio alla tua giornata, e io torno al tuo progetto.',
        xcn13t: 'Continuiamo la prossima volta: oggi voglio già mettere mano al tuo progetto.',
      },
    },
    3: {
      formal: {
        cmq86a: 'Ora devo proprio andare: Le faccio sapere presto come procede il Suo progetto.',
        l53q0x: 'Devo chiudere qui. A presto, Le mando un aggiornamento.',
        tmw391: 'Ora devo scappare. Grazie ancora, Le farò avere presto notizie.',
        eo82sq: 'Salutiamoci qui: ho un’altra chiamata che mi aspetta.',
      },
      informal: {
        p7edkx: 'Adesso devo proprio andare: ti aggiorno presto sul tuo progetto.',
        k9y9je: 'Devo chiudere qui. A presto, ti mando un aggiornamento.',
        xdujlx: 'Ora devo scappare. Grazie ancora, ti faccio sapere presto!',
        loxmjh: 'Salutiamoci qui: ho un’altra call che mi aspetta.',
      },
    },
  },
  adhocCall: {
    1: {
      formal: {
        k6bved:
          'Ci mancherebbe, volentieri. Il resto lo vediamo nella nostra chiamata settimanale? Così torno a lavorare al Suo progetto.',
        bt2lok:
          'Grazie della telefonata. Teniamola breve, e i dettagli li vediamo con calma nella prossima chiamata?',
        nvn7ln: 'Me lo segno e ne parliamo con calma nella prossima chiamata in programma.',
        bi5cqi:
          '{client}, possiamo tenere il resto per la nostra chiamata fissa? Sono nel bel mezzo del lavoro sul Suo progetto.',
      },
      informal: {
        ey1ptf:
          'Figurati, volentieri. Il resto lo vediamo nella call settimanale? Così torno a lavorare al tuo progetto.',
        m2m5sw: 'Grazie della telefonata! Teniamola breve e i dettagli li vediamo alla prossima call?',
        u7arvw: 'Me lo segno e ne parliamo con calma alla prossima call in calendario.',
        bfph5f:
          '{client}, il resto lo teniamo per la nostra call fissa? Sono nel bel mezzo del tuo progetto.',
      },
    },
    2: {
      formal: {
        s6qgzs: 'Siamo al telefono da {minutes}. Raccogliamo le altre domande per la chiamata settimanale.',
        k8xyi8:
          'Vorrei dedicare a questa questione la giusta attenzione: possiamo parlarne nella chiamata già fissata?',
        y2e2h5:
          'Per far avanzare il Suo progetto, teniamo brevi le chiamate al volo e lasciamo il resto all’appuntamento settimanale.',
        piwdss:
          'Su questo punto non ho ancora gli elementi per entrare nel dettaglio. Approfondisco e La richiamo.',
      },
      informal: {
        k0qmmi: 'Siamo al telefono da {minutes}: le altre domande le raccogliamo per la call settimanale.',
        p56d6n: 'Questa cosa merita la giusta attenzione: ne parliamo nella call già in calendario?',
        djs2bi:
          'Per far andare avanti il tuo progetto, teniamo brevi le chiamate al volo e il resto lo vediamo nella call settimanale.',
        zfj5jw: 'Su questo non ho ancora gli elementi per entrare nel dettaglio. Ci guardo e ti richiamo.',
      },
    },
    3: {
      formal: {
        kx2e9v: 'Ora devo tornare al lavoro. Riprendiamo il discorso nella prossima chiamata in programma.',
        xwc2e3:
          'Devo chiudere qui: mi mandi pure il resto via email e lo vediamo nella chiamata settimanale.',
        j9erhg:
          'Chiamate come questa tolgono tempo al Suo progetto. D’ora in poi teniamoci alla chiamata settimanale.',
        kfp3t8:
          '{client}, devo fermarmi qui. Se Le capita spesso di aver bisogno di me con poco preavviso, possiamo valutare una tariffa per la reperibilità.',
      },
      informal: {
        e7x4dd: 'Adesso devo tornare al lavoro. Riprendiamo il discorso alla prossima call in calendario.',
        qp891t: 'Devo chiudere qui: mandami pure il resto per email e lo vediamo nella call settimanale.',
        kdlp6u:
          'Chiamate come questa tolgono tempo al tuo progetto. D’ora in poi teniamoci alla call settimanale.',
        i8o40q:
          'Devo fermarmi qui. Se ti capita spesso di aver bisogno di me all’ultimo momento, parliamo di una tariffa per la reperibilità.',
      },
    },
  },
  hardTalk: {
    1: {
      formal: {
        k9riip: 'La ascolto. Mi conceda un momento per rifletterci.',
        gtyvlt: 'Grazie per avermelo detto così apertamente. Posso prendermi un minuto prima di risponderLe?',
        kfse0o: 'È una cosa importante, e merita una risposta seria, non improvvisata.',
        d48sii: 'Vorrei capire bene il Suo punto di vista su «{item}»: me ne può parlare un po’ di più?',
      },
      informal: {
        mpf2l1: 'Ti ascolto. Dammi un momento per pensarci.',
        incpas: 'Grazie per avermelo detto così apertamente. Posso prendermi un minuto prima di risponderti?',
        pwtml1: 'È una cosa importante, e merita una risposta seria, non improvvisata.',
        puik3l: 'Vorrei capire bene come la vedi su «{item}»: me ne parli un po’ di più?',
      },
    },
    2: {
      formal: {
        u94sl9: 'Non vorrei risponderLe di fretta. Posso tornare da Lei domani con una risposta ponderata?',
        fppmpr: 'Facciamo una pausa qui. Ci rifletto e Le mando una proposta chiara.',
        v8vyoe:
          'Ci tengo a fare le cose per bene: riassumo quello che mi ha detto e poi Le mando tutto per iscritto.',
        aks6tt:
          'Il punto «{item}» merita più tempo di quello che abbiamo adesso. Fissiamo una chiamata dedicata?',
      },
      informal: {
        jitwpc: 'Non voglio risponderti di fretta. Posso tornare da te domani con una risposta ponderata?',
        cuceqc: 'Facciamo una pausa qui. Ci rifletto e ti mando una proposta chiara.',
        k8f4ff: 'Ci tengo a fare le cose per bene: riassumo quello che mi hai detto e poi ti scrivo.',
        vg0slt: 'Il punto «{item}» merita più tempo di quello che abbiamo adesso. Fissiamo una call apposta?',
      },
    },
    3: {
      formal: {
        zbmfuh: 'Fermiamoci qui per oggi. Entro fine settimana Le mando la mia risposta per iscritto.',
        k7uo2y:
          '{client}, su «{item}» preferisco non decidere su due piedi. Le rispondo quando ci avrò riflettuto con calma.',
        hshh2d:
          'Abbiamo toccato molti punti. Mi prendo un po’ di tempo e Le farò avere un riscontro su tutto quello che Le ho promesso.',
        bvrioq: 'Chiudiamo qui e riprendiamo il discorso quando avremo avuto modo di rifletterci con calma.',
      },
      informal: {
        gc9e04: 'Fermiamoci qui per oggi. Entro fine settimana ti mando la mia risposta per iscritto.',
        k6mmkn: 'Preferisco non decidere su due piedi. Ti rispondo quando ci avrò pensato con calma.',
        o44fpw:
          'Abbiamo toccato tanti punti. Mi prendo un po’ di tempo e ti faccio avere un riscontro su tutto quello che ti ho promesso.',
        cled8h: 'Chiudiamo qui e riprendiamo il discorso quando avremo avuto modo di pensarci con calma.',
      },
    },
  },
};
