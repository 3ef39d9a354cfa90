import type { LocalePhrases } from '../phrase.types';

/**
 * Italian lines. Formal = Lei to one person (courtesy capitals: Lei, Le, La, Suo), informal = tu; to a group, voi in
 * both registers. 'any' lines speak as "noi" and address no one, so they fit one person and a room alike.
 */
export const it: LocalePhrases = {
  chattyClient: {
    1: {
      formal: {
        one: {
          i6hk9f:
            'Che bello! Se per Lei va bene, teniamo il resto per la fine della chiamata: prima avrei un paio di punti su «{item}».',
          b6uzd5: 'Mi fa piacere! E invece su «{item}» come siamo messi?',
          nwtdvb:
            '{name}, che bella storia! Non vorrei portarLe via troppo tempo, però: partiamo da «{item}»?',
          kheof6:
            'Interessante! Lo teniamo un attimo in sospeso? Vorrei dare a «{item}» lo spazio che merita.',
        },
      },
      informal: {
        one: {
          vivm0d:
            'Che bello! Il resto me lo racconti alla fine, va bene? Prima ho un paio di cose su «{item}».',
          a7w32k: 'Mi fa piacere! E invece su «{item}» come siamo messi?',
          s23rma:
            '{name}, bellissima storia! Non voglio portarti via troppo tempo, però: partiamo da «{item}»?',
          k7q3u0: 'Interessante! Lo teniamo da parte un attimo? Voglio dare a «{item}» il tempo che serve.',
        },
      },
    },
    2: {
      formal: {
        one: {
          o3b1y7: 'Non credo che voglia pagarmi per fare due chiacchiere… Che ne dice, torniamo al progetto?',
          egrvoq: 'Chiacchiero volentieri con Lei, ma oggi il tempo è poco: torniamo a «{item}»?',
          h0o6rk: 'Mi sa che abbiamo un po’ perso il filo, non trova? Torniamo a «{item}»?',
          t4m6u6:
            '{name}, ne parliamo volentieri un’altra volta, ma adesso dedichiamoci al lavoro. A che punto eravamo con «{item}»?',
        },
      },
      informal: {
        one: {
          wlg31w: 'Non credo che tu voglia pagarmi per fare due chiacchiere… Che dici, torniamo al progetto?',
          ia4q7u: 'Con te chiacchiererei per ore, ma oggi il tempo è poco: torniamo a «{item}»?',
          rt91t7: 'Mi sa che abbiamo perso un po’ il filo, non trovi? Torniamo a «{item}»?',
          v056eq:
            '{name}, ne parliamo volentieri un’altra volta, ma adesso pensiamo al lavoro. A che punto eravamo con «{item}»?',
        },
      },
    },
    3: {
      formal: {
        one: {
          wimlu2:
            'Siamo fuori tema da {minutes}, cioè {cost} del Suo budget: torniamo a «{item}», così il tempo che resta va tutto al progetto.',
          wwnhd6:
            'Fermiamoci qui con le digressioni, altrimenti oggi i punti in agenda non riusciamo a chiuderli.',
          k5yypc: 'Ne riparliamo un’altra volta: oggi ci tengo a chiudere «{item}».',
          lvy8l3:
            '{name}, devo riportare la conversazione sul lavoro: abbiamo ancora «{item}» da affrontare.',
        },
      },
      informal: {
        one: {
          xojiph:
            'Siamo fuori tema da {minutes}, cioè {cost} del tuo budget: torniamo a «{item}», così il tempo che resta va tutto al progetto.',
          o41kzb: 'Fermiamoci qui con le divagazioni, sennò oggi i punti in agenda non li chiudiamo.',
          yii4md: 'Il resto ce lo raccontiamo un’altra volta: oggi voglio chiudere «{item}».',
          urlecs: '{name}, riportiamo il discorso sul lavoro: ci resta ancora «{item}».',
        },
      },
    },
  },
  groupDrift: {
    1: {
      formal: {
        group: {
          kdgep2: 'Ottimo spunto: lo annoto e, se avanza tempo, lo riprendiamo alla fine.',
          qh91ce: 'È un tema che merita una discussione a parte. Torniamo a «{item}»?',
          l8twzd: 'Vedo che il tema vi appassiona! Non vorrei però lasciare a metà «{item}»: ci torniamo?',
          kl1ml3: 'Ci siamo un po’ allontanati da «{item}»: vogliamo tornarci?',
        },
      },
      informal: {
        group: {
          sm7qyj: 'Bello spunto! Me lo segno e, se avanza tempo, ci torniamo alla fine.',
          n7pum9: 'Questo merita una chiacchierata a parte. Torniamo a «{item}»?',
          gvronu: 'Vedo che il tema vi prende! Però non lasciamo a metà «{item}»: ci torniamo?',
          mfu9a1: 'Ci siamo un po’ persi per strada: torniamo a «{item}»?',
        },
      },
    },
    2: {
      formal: {
        group: {
          f3thfx: 'Stiamo divagando da {minutes}: torniamo all’ordine del giorno, così da finire in orario.',
          tcn0px:
            'Per non andare lunghi, questo tema lo mettiamo in fondo all’ordine del giorno e torniamo a «{item}»?',
          sw4aop:
            'Rimettiamoci in carreggiata: il punto «{item}» è ancora aperto, e questo tema non riguarda tutti.',
          wqzzw6:
            'Chi segue questo argomento potrebbe riprenderlo dopo la riunione? Intanto torniamo a «{item}».',
        },
      },
      informal: {
        group: {
          g4tzjw: 'Stiamo divagando da {minutes}: torniamo all’agenda, così finiamo in orario.',
          wd4t71: 'Occhio al tempo: questa cosa la mettiamo in fondo all’agenda e torniamo a «{item}»?',
          abfni8:
            'Rimettiamoci in carreggiata: il punto «{item}» è ancora aperto, e questo discorso non riguarda tutti.',
          liq3az: 'Chi segue questa cosa può riprenderla dopo la call? Intanto torniamo a «{item}».',
        },
      },
    },
    3: {
      formal: {
        group: {
          k3s42m: 'Questo tema non è all’ordine del giorno: ora riportiamo la discussione su «{item}».',
          zfd1zo:
            'Fermiamoci qui con questo tema: chi è interessato può riprenderlo a parte. Il tempo che resta ci serve per «{item}».',
          k3amjw: 'Per rispetto del tempo di tutti, chiudo qui questo argomento. Torniamo a «{item}».',
          kez369: 'Di questo passo il punto «{item}» oggi non lo chiudiamo: torniamoci subito.',
        },
      },
      informal: {
        group: {
          q52u2m: 'Questo non è in agenda, quindi adesso torniamo a «{item}».',
          bzgc07: 'Fermiamoci qui e ne parliamo a parte: il tempo che resta ci serve per «{item}».',
          kfsfrp: 'Per rispetto del tempo di tutti, questo argomento lo parcheggio qui. Torniamo a «{item}».',
          ut6310: 'Così il punto «{item}» oggi non lo chiudiamo più: torniamoci adesso.',
        },
      },
    },
  },
  itemOverrun: {
    1: {
      formal: {
        one: {
          ycubqs: 'Abbiamo raggiunto il tempo previsto per «{item}». Che ne dice se chiudiamo?',
          a68rfb: 'Le segnalo solo che per «{item}» siamo al tempo previsto.',
        },
        group: {
          hwllcx: 'Abbiamo raggiunto il tempo previsto per «{item}». Che ne dite se chiudiamo?',
          uravwc: 'Vi segnalo solo che per «{item}» siamo al tempo previsto.',
        },
        any: {
          xxab07: 'Il tempo per «{item}» è finito: c’è qualcosa di essenziale prima di passare a «{next}»?',
          qx79fg:
            'Il tempo per questo punto sarebbe finito: mettiamo nero su bianco la decisione e andiamo avanti?',
        },
      },
      informal: {
        one: {
          k1igeq: 'Abbiamo raggiunto il tempo previsto per «{item}». Che dici, chiudiamo?',
        },
        group: {
          soahiz: 'Abbiamo raggiunto il tempo previsto per «{item}». Che dite, chiudiamo?',
        },
        any: {
          kjbm5k: 'Il tempo per «{item}» è finito: c’è qualcosa di essenziale prima di passare a «{next}»?',
          bhknet: 'Il tempo per questo punto è finito: segniamo la decisione e passiamo oltre?',
          lr85ba: 'Diamo un’occhiata all’orologio: per «{item}» siamo al tempo previsto.',
        },
      },
    },
    2: {
      formal: {
        one: {
          vrnk6y:
            'Su questo punto abbiamo superato il tempo. Se per Lei va bene, riassumo quanto deciso e andiamo avanti.',
        },
        group: {
          blvke2:
            'Su questo punto abbiamo superato il tempo. Se per voi va bene, riassumo quanto deciso e andiamo avanti.',
        },
        any: {
          crasgr:
            'Abbiamo sforato di {minutes} su «{item}». Possiamo concordare i prossimi passi e passare a «{next}»?',
          jprjt7: 'Chiudiamo «{item}»: siamo oltre il tempo e vorrei lasciare spazio anche agli altri punti.',
          knyv57: 'Per restare nei tempi, chiudiamo qui «{item}» e proseguiamo via email.',
        },
      },
      informal: {
        one: {
          m0cv9c:
            'Su questo punto abbiamo superato il tempo. Ti va se riassumo quello che è emerso e andiamo avanti?',
        },
        group: {
          fjzogu:
            'Su questo punto abbiamo superato il tempo. Vi va se riassumo quello che è emerso e andiamo avanti?',
        },
        any: {
          qk8nh2:
            'Abbiamo sforato di {minutes} su «{item}». Fissiamo i prossimi passi e passiamo a «{next}»?',
          etkf7i: 'Chiudiamo «{item}»: siamo oltre il tempo e voglio lasciare spazio anche al resto.',
          ksejnf: 'Per stare nei tempi, chiudiamo qui «{item}» e il resto lo vediamo per email.',
        },
      },
    },
    3: {
      formal: {
        one: {
          tx6pcf: 'Fermiamoci qui con «{item}». Le mando un riepilogo, così non si perde nulla.',
        },
        group: {
          ixzlkd: 'Fermiamoci qui con «{item}». Vi mando un riepilogo, così non si perde nulla.',
        },
        any: {
          vqke33: 'Su «{item}» siamo andati oltre di {minutes}: ora passiamo a «{next}».',
          rmznrj: 'Su questo punto abbiamo sforato parecchio. Mettiamo da parte il resto e andiamo avanti.',
          bo56jo: 'Ora dobbiamo andare avanti: se serve, riprendiamo «{item}» in una chiamata dedicata.',
        },
      },
      informal: {
        one: {
          d4jokb: 'Fermiamoci qui con «{item}». Ti mando un riepilogo, così non si perde niente.',
        },
        group: {
          kxg0yz: 'Fermiamoci qui con «{item}». Vi mando un riepilogo, così non si perde niente.',
        },
        any: {
          c2jius: 'Su «{item}» abbiamo già sforato di {minutes}: adesso passiamo a «{next}».',
          cyl5uj:
            'Su questo punto abbiamo sforato parecchio. Il resto lo mettiamo da parte e andiamo avanti.',
          klsdf2: 'Adesso dobbiamo andare avanti: se serve, su «{item}» ci sentiamo in una call a parte.',
        },
      },
    },
  },
  capNear: {
    1: {
      formal: {
        one: {
          kt86bl: 'Le segnalo che siamo a {minutes} dalla fine: concentriamoci su ciò che conta di più.',
          k9xghm: 'Abbiamo ancora circa {minutes}: qual è la cosa che Le preme di più chiudere oggi?',
        },
        group: {
          reeh0p: 'Vi segnalo che siamo a {minutes} dalla fine: concentriamoci su ciò che conta di più.',
          jbd4ui: 'Abbiamo ancora circa {minutes}: qual è la cosa che vi preme di più chiudere oggi?',
        },
        any: {
          kp067i: 'Solo per regolarci: abbiamo ancora {minutes} a disposizione.',
          swqrl7:
            'Tra {minutes} chiudiamo: prima di salutarci, vogliamo passare in rassegna i punti principali?',
        },
      },
      informal: {
        one: {
          y646d5: 'Abbiamo ancora circa {minutes}: qual è la cosa che ti preme di più chiudere oggi?',
        },
        group: {
          m6mvs4: 'Abbiamo ancora circa {minutes}: qual è la cosa che vi preme di più chiudere oggi?',
        },
        any: {
          kh6oob: 'Siamo a {minutes} dalla fine: concentriamoci su quello che conta di più.',
          dx80zi: 'Giusto per regolarci: abbiamo ancora {minutes} a disposizione.',
          u9vmc4: 'Tra {minutes} chiudiamo: prima di salutarci, ripassiamo i punti principali?',
        },
      },
    },
    2: {
      formal: {
        one: {
          ubfbr4: 'Il tempo sta per finire. Le riepilogo i prossimi passi.',
        },
        group: {
          jfd6rb: 'Il tempo sta per finire. Vi riepilogo i prossimi passi.',
        },
        any: {
          a7znnq: 'Abbiamo ancora {minutes}: tiriamo le somme e concordiamo i prossimi passi.',
          zepss3: 'Ancora solo {minutes}: niente argomenti nuovi, chiudiamo quelli aperti.',
          xufbi4:
            'Con {minutes} a disposizione, chiuderei «{item}» e lascerei il resto alla prossima chiamata.',
        },
      },
      informal: {
        one: {
          fy78r8: 'Il tempo sta per finire. Ti faccio un riepilogo dei prossimi passi.',
        },
        group: {
          uedoks: 'Il tempo sta per finire. Vi faccio un riepilogo dei prossimi passi.',
        },
        any: {
          kbpfwc: 'Abbiamo ancora {minutes}: tiriamo le somme e fissiamo i prossimi passi.',
          j32bu8: 'Ancora solo {minutes}: niente argomenti nuovi, chiudiamo quelli aperti.',
          kmq6mn: 'Con {minutes} a disposizione, chiudiamo bene «{item}» e il resto lo rimandiamo.',
        },
      },
    },
    3: {
      formal: {
        one: {
          gmdifw: 'Il tempo è quasi finito. Dopo la chiamata Le mando un riepilogo.',
          ma91yz: 'Non riusciremo a vedere tutto, quindi mi dica Lei cosa possiamo rimandare.',
        },
        group: {
          vszild: 'Il tempo è quasi finito. Dopo la chiamata vi mando un riepilogo.',
          ctgjjh: 'Non riusciremo a vedere tutto: vi chiederei di indicarmi cosa possiamo rimandare.',
        },
        any: {
          k3oewp: 'Siamo agli ultimi minuti. Faccio un breve riepilogo e poi chiudiamo.',
          hou6cx:
            'Da qui alla fine abbiamo {minutes}: prendiamo le decisioni che servono e chiudiamo puntuali.',
        },
      },
      informal: {
        one: {
          nhtayn: 'Il tempo è quasi finito. Dopo la call ti mando un riepilogo.',
          ksbb7w: 'Non riusciremo a vedere tutto: dimmi tu cosa possiamo rimandare.',
        },
        group: {
          nwvu4i: 'Il tempo è quasi finito. Dopo la call vi mando un riepilogo.',
          dxmd38: 'Non riusciremo a vedere tutto: ditemi voi cosa possiamo rimandare.',
        },
        any: {
          t72nsg: 'Siamo agli ultimi minuti: faccio un breve riepilogo e poi chiudiamo.',
          t1bl3y: 'Da qui alla fine abbiamo {minutes}: decidiamo quello che serve e chiudiamo in orario.',
        },
      },
    },
  },
  capPassed: {
    1: {
      formal: {
        one: {
          skmixz: 'Siamo alla fine del tempo a disposizione. Chiudiamo qui e Le mando un riepilogo.',
          kwlvaq: '{name}, si è fatta l’ora: grazie, è stata una chiamata utile. Ci fermiamo qui?',
        },
        group: {
          fvdanq: 'Siamo alla fine del tempo a disposizione. Chiudiamo qui e vi mando un riepilogo.',
          mnzal3: 'Si è fatta l’ora: grazie a tutti, è stata una chiamata utile. Ci fermiamo qui?',
        },
        any: {
          wsoubz: 'Il nostro tempo è finito. Chiudiamo con i prossimi passi?',
          k6xcep: 'Abbiamo raggiunto l’orario previsto. C’è qualcosa di urgente prima di salutarci?',
        },
      },
      informal: {
        one: {
          zxhrec: 'Siamo alla fine del tempo che avevamo. Chiudiamo qui e ti mando un riepilogo.',
          iaarrd: '{name}, si è fatta l’ora: grazie, è stata una call utile. Ci fermiamo qui?',
        },
        group: {
          igtdo7: 'Siamo alla fine del tempo che avevamo. Chiudiamo qui e vi mando un riepilogo.',
          b5ie8w: 'Si è fatta l’ora: grazie a tutti, è stata una call utile. Ci fermiamo qui?',
        },
        any: {
          kd2ape: 'Il nostro tempo è finito: chiudiamo con i prossimi passi?',
          kl8adv: 'Siamo all’orario previsto. C’è qualcosa di urgente prima di salutarci?',
        },
      },
    },
    2: {
      formal: {
        one: {
          e4yg1c:
            'Abbiamo superato il tempo. Il resto possiamo chiuderlo per email: Le mando io un riepilogo.',
        },
        group: {
          dxs35k:
            'Abbiamo superato il tempo. Il resto possiamo chiuderlo per email: vi mando io un riepilogo.',
        },
        any: {
          kxghr1: 'Abbiamo sforato di {minutes}: chiudiamo qui e per il resto ci risentiamo.',
          k4jkqa: 'Ci eravamo dati un orario, e vorrei rispettarlo: fermiamoci qui.',
          uizzfq: 'Purtroppo devo chiudere adesso: ho un altro impegno subito dopo.',
        },
      },
      informal: {
        one: {
          qkai3x: 'Abbiamo superato il tempo. Il resto chiudiamolo per email: ti mando io un riepilogo.',
        },
        group: {
          qmri0k: 'Abbiamo superato il tempo. Il resto chiudiamolo per email: vi mando io un riepilogo.',
        },
        any: {
          vji8k7: 'Abbiamo sforato di {minutes}: chiudiamo adesso, per il resto ci sentiamo.',
          h3txwj: 'Ci eravamo dati un orario e ci tengo a rispettarlo: fermiamoci qui.',
          w38o5z: 'Mi tocca chiudere adesso: ho un altro impegno subito dopo.',
        },
      },
    },
    3: {
      formal: {
        one: {
          kk4eej: 'Abbiamo sforato di {minutes} e devo chiudere qui: Le mando io i prossimi passi.',
          xja94h:
            '{name}, mi fermo qui: se resta qualcosa di urgente, me lo scriva e Le rispondo appena posso.',
        },
        group: {
          dujj7l: 'Abbiamo sforato di {minutes} e devo chiudere qui: vi mando io i prossimi passi.',
          g9p3ez: 'Dobbiamo chiudere qui: chi ha ancora punti aperti me li mandi per email.',
        },
        any: {
          k1q1ig: 'Mi dispiace, ma ora devo andare. Fissiamo un altro incontro per il resto.',
          khhmd1:
            'Fermiamoci qui. Quello che resta aperto lo mettiamo all’ordine del giorno della prossima chiamata.',
        },
      },
      informal: {
        one: {
          k4ml78: 'Abbiamo già sforato di {minutes}: devo chiudere qui, ti mando io i prossimi passi.',
          pb7qgw: 'Scusa, ma adesso devo scappare. Fissiamo un’altra call per il resto.',
          e0ctuh: '{name}, mi fermo qui: se resta qualcosa di urgente, scrivimi e ti rispondo appena posso.',
        },
        group: {
          zqyohz: 'Abbiamo già sforato di {minutes}: devo chiudere qui, vi mando io i prossimi passi.',
          midh14: 'Scusate, ma adesso devo scappare. Fissiamo un’altra call per il resto.',
          a8aaer: 'Dobbiamo chiudere qui: chi ha ancora qualcosa in sospeso mi scriva pure.',
        },
        any: {
          j9xi81: 'Fermiamoci qui: quello che resta aperto va in cima all’agenda della prossima call.',
        },
      },
    },
  },
  chatAtEnd: {
    1: {
      formal: {
        one: {
          l1c5xf: 'È stato un piacere fare due chiacchiere! Ora torno a lavorare al Suo progetto.',
          sdh3mv: '{name}, è sempre un piacere sentirLa! Ci aggiorniamo alla prossima chiamata.',
          yjbz00: 'Grazie per la chiacchierata! Non Le rubo altro tempo: La lascio ai Suoi impegni.',
        },
        group: {
          yjesnc: 'È stato un piacere fare due chiacchiere! Ora torno a lavorare al vostro progetto.',
          rgkzu9: 'Grazie per la chiacchierata! Non vi rubo altro tempo: vi lascio ai vostri impegni.',
          qbiemu: 'Grazie a tutti, è sempre un piacere sentirvi! Ci aggiorniamo alla prossima riunione.',
        },
        any: {
          am5yxt:
            'Bene, direi che ci siamo detti tutto! Per qualsiasi cosa ci sentiamo per email. Buon lavoro!',
        },
      },
      informal: {
        one: {
          lts04s: 'Che bello fare due chiacchiere! Adesso torno a lavorare al tuo progetto.',
          kaxufy: '{name}, è sempre un piacere sentirti! Ci aggiorniamo alla prossima call.',
          bmhrly: 'Grazie della chiacchierata! Non ti rubo altro tempo: ti lascio ai tuoi impegni.',
        },
        group: {
          pvmv6n: 'Che bello fare due chiacchiere! Adesso torno a lavorare al vostro progetto.',
          zarp2j: 'Grazie della chiacchierata! Non vi rubo altro tempo: vi lascio ai vostri impegni.',
          hpaou4: 'Grazie a tutti, è sempre un piacere sentirvi! Ci aggiorniamo alla prossima call.',
        },
        any: {
          kr60fw: 'Bene, mi sa che ci siamo detti tutto! Per qualsiasi cosa ci scriviamo. Buon lavoro!',
        },
      },
    },
    2: {
      formal: {
        one: {
          kojccb: 'Meglio che La lasci andare, o qui non ci fermiamo più!',
          jgld43:
            'Il resto ce lo raccontiamo davanti a un caffè, quando ci vediamo di persona! Adesso La saluto.',
          okbvt3: 'Continuiamo la prossima volta: per oggi direi di chiudere qui.',
        },
        group: {
          ujbrqi: 'Meglio che vi lasci andare, o qui non ci fermiamo più!',
          mlcapd:
            'Il resto ce lo raccontiamo davanti a un caffè, quando ci vediamo di persona! Adesso vi saluto.',
          urxfnt: 'Continuiamo la prossima volta: per oggi direi di chiudere qui.',
        },
        any: {
          kjgkmi: 'Che piacevole chiacchierata, ma il dovere chiama! A presto.',
        },
      },
      informal: {
        one: {
          so0xy1: 'Meglio che ti lasci andare, o qui non ci fermiamo più!',
          c8gwou:
            'Il resto ce lo raccontiamo davanti a un caffè, quando ci vediamo di persona! Adesso ti saluto.',
          xcn13t: 'Continuiamo la prossima volta: per oggi direi di chiudere qui.',
        },
        group: {
          g9sxbt: 'Meglio che vi lasci andare, o qui non ci fermiamo più!',
          wddxtl:
            'Il resto ce lo raccontiamo davanti a un caffè, quando ci vediamo di persona! Adesso vi saluto.',
          wciydo: 'Continuiamo la prossima volta: per oggi direi di chiudere qui.',
        },
        any: {
          kfa08e: 'Bella chiacchierata, ma il dovere chiama! A presto.',
        },
      },
    },
    3: {
      formal: {
        one: {
          cmq86a: 'Le faccio sapere presto come procede il progetto: per ora La saluto.',
          l53q0x: 'Devo chiudere qui: ci risentiamo alla prossima chiamata.',
          tmw391: 'Mi scusi se La interrompo, ma devo proprio chiudere. È stato un piacere!',
        },
        group: {
          vv97x6: 'Vi faccio sapere presto come procede il progetto: per ora vi saluto.',
          jtjf5u: 'Scusate se vi interrompo, ma devo proprio chiudere. È stato un piacere!',
          g4misg: 'Io devo lasciarvi qui: ci sentiamo alla prossima riunione.',
        },
        any: {
          eo82sq: 'Salutiamoci qui: ho un’altra chiamata che mi aspetta.',
        },
      },
      informal: {
        one: {
          p7edkx: 'Ti aggiorno presto sul progetto: per ora ti saluto!',
          k9y9je: 'Devo chiudere qui: ci risentiamo alla prossima call.',
          xdujlx: 'Scusa se ti interrompo, ma devo proprio chiudere. Mi ha fatto piacere sentirti!',
        },
        group: {
          d9e0we: 'Vi aggiorno presto sul progetto: per ora vi saluto!',
          fofohn: 'Scusate se vi interrompo, ma devo proprio chiudere. Mi ha fatto piacere sentirvi!',
          ekcgpx: 'Io devo lasciarvi qui: ci sentiamo alla prossima call.',
        },
        any: {
          loxmjh: 'Salutiamoci qui: ho un’altra call che mi aspetta.',
        },
      },
    },
  },
  adhocCall: {
    1: {
      formal: {
        one: {
          k6bved:
            'Ha fatto bene a chiamarmi. Il resto possiamo vederlo con calma un’altra volta? Così intanto vado avanti con il lavoro.',
          bt2lok:
            'Grazie della telefonata! Che ne dice se ora vediamo solo l’essenziale e i dettagli li lasciamo alla prossima chiamata?',
          bi5cqi: '{name}, giusto per organizzarmi: c’è qualcosa di urgente, o il resto può aspettare?',
        },
        group: {
          zh30fo:
            'Avete fatto bene a chiamarmi. Il resto possiamo vederlo con calma un’altra volta? Così intanto vado avanti con il lavoro.',
          laj7wr:
            'Grazie della telefonata! Che ne dite se ora vediamo solo l’essenziale e i dettagli li lasciamo alla prossima chiamata?',
          m5d7sc: 'Giusto per organizzarci: c’è qualcosa di urgente per voi, o il resto può aspettare?',
        },
        any: {
          nvn7ln: 'Me lo segno e ne parliamo con calma nella prossima chiamata in programma.',
        },
      },
      informal: {
        one: {
          ey1ptf:
            'Hai fatto bene a chiamarmi! Il resto lo vediamo con calma un’altra volta? Così intanto vado avanti con il lavoro.',
          m2m5sw:
            'Grazie della telefonata! Che dici se ora vediamo solo l’essenziale e i dettagli li lasciamo alla prossima call?',
          bfph5f: '{name}, giusto per organizzarmi: c’è qualcosa di urgente, o il resto può aspettare?',
        },
        group: {
          rkhcnl:
            'Avete fatto bene a chiamarmi! Il resto lo vediamo con calma un’altra volta? Così intanto vado avanti con il lavoro.',
          xru2xg:
            'Grazie della telefonata! Che dite se ora vediamo solo l’essenziale e i dettagli li lasciamo alla prossima call?',
          tmmyp6: 'Giusto per organizzarci: c’è qualcosa di urgente per voi, o il resto può aspettare?',
        },
        any: {
          u7arvw: 'Me lo segno e ne parliamo con calma alla prossima call in calendario.',
        },
      },
    },
    2: {
      formal: {
        one: {
          y2e2h5:
            'Per far avanzare il Suo progetto, cerchiamo di tenere brevi le telefonate fuori programma e di lasciare il resto agli incontri in calendario.',
          piwdss:
            'Su questo punto non ho ancora gli elementi per entrare nel dettaglio. Approfondisco e La richiamo.',
        },
        group: {
          jzm9y4:
            'Per far avanzare il vostro progetto, cerchiamo di tenere brevi le telefonate fuori programma e di lasciare il resto agli incontri in calendario.',
          i0g2aa:
            'Su questo punto non ho ancora gli elementi per entrare nel dettaglio. Approfondisco e vi richiamo.',
        },
        any: {
          s6qgzs:
            'Siamo al telefono da {minutes}: le altre domande possiamo tenerle per la nostra prossima chiamata?',
          k8xyi8:
            'Vorrei dedicare a questa questione la giusta attenzione: possiamo fissare un momento apposta per parlarne?',
        },
      },
      informal: {
        one: {
          djs2bi:
            'Per far andare avanti il tuo progetto, cerchiamo di tenere brevi le chiamate fuori programma: il resto lo vediamo nelle call in calendario.',
          zfj5jw: 'Su questo non ho ancora gli elementi per entrare nel dettaglio. Ci guardo e ti richiamo.',
        },
        group: {
          hzb952:
            'Per far andare avanti il vostro progetto, cerchiamo di tenere brevi le chiamate fuori programma: il resto lo vediamo nelle call in calendario.',
          px9ivo: 'Su questo non ho ancora gli elementi per entrare nel dettaglio. Ci guardo e vi richiamo.',
        },
        any: {
          k0qmmi: 'Siamo al telefono da {minutes}: le altre domande le teniamo per la prossima call?',
          p56d6n: 'Questa cosa merita la giusta attenzione: ci troviamo un momento apposta per parlarne?',
        },
      },
    },
    3: {
      formal: {
        one: {
          xwc2e3: 'Devo chiudere qui: mi mandi pure il resto via email e Le rispondo con calma.',
          j9erhg:
            'Per non togliere tempo al Suo progetto, d’ora in poi Le chiederei di tenere tutto per le chiamate già in calendario.',
          kfp3t8:
            '{name}, devo fermarmi qui. Se Le capita spesso di aver bisogno di me con poco preavviso, possiamo valutare una tariffa per la reperibilità.',
        },
        group: {
          eas410: 'Devo chiudere qui: mandatemi pure il resto via email e vi rispondo con calma.',
          jemmkh:
            'Per non togliere tempo al vostro progetto, d’ora in poi vi chiederei di tenere tutto per le chiamate già in calendario.',
          eyqeqt:
            'Devo fermarmi qui. Se vi capita spesso di aver bisogno di me con poco preavviso, possiamo valutare una tariffa per la reperibilità.',
        },
        any: {
          kx2e9v: 'Ora devo tornare al lavoro. Riprendiamo il discorso nella prossima chiamata in programma.',
        },
      },
      informal: {
        one: {
          qp891t: 'Devo chiudere qui: mandami pure il resto per email e ti rispondo con calma.',
          kdlp6u:
            'Per non rubare tempo al tuo progetto, d’ora in poi ti chiederei di tenere tutto per le call già in calendario.',
          i8o40q:
            'Devo fermarmi qui. Se ti capita spesso di aver bisogno di me all’ultimo momento, parliamo di una tariffa per la reperibilità.',
        },
        group: {
          yikxem: 'Devo chiudere qui: mandatemi pure il resto per email e vi rispondo con calma.',
          skbilb:
            'Per non rubare tempo al vostro progetto, d’ora in poi vi chiederei di tenere tutto per le call già in calendario.',
          j2ggw3:
            'Devo fermarmi qui. Se vi capita spesso di aver bisogno di me all’ultimo momento, parliamo di una tariffa per la reperibilità.',
        },
        any: {
          e7x4dd: 'Adesso devo tornare al lavoro. Riprendiamo il discorso alla prossima call in calendario.',
        },
      },
    },
  },
  hardTalk: {
    1: {
      formal: {
        one: {
          k9riip: 'Capisco. Mi conceda un momento per rifletterci.',
          gtyvlt:
            'Grazie per avermelo detto così apertamente. Vediamo insieme cosa possiamo chiarire già oggi e cosa conviene riprendere con calma?',
          d48sii:
            'Mi segno le Sue osservazioni su «{item}»: ci torniamo appena avrò verificato un paio di cose.',
        },
        group: {
          gxbfqd: 'Capisco. Datemi un momento per rifletterci.',
          dz7sgd:
            'Grazie per avermelo detto così apertamente. Vediamo insieme cosa possiamo chiarire già oggi e cosa conviene riprendere con calma?',
          p1zzgg:
            'Mi segno le vostre osservazioni su «{item}»: ci torniamo appena avrò verificato un paio di cose.',
        },
        any: {
          kfse0o: 'È una cosa importante, e merita una risposta seria, non improvvisata.',
        },
      },
      informal: {
        one: {
          mpf2l1: 'Capisco. Dammi un attimo per pensarci.',
          incpas:
            'Grazie per avermelo detto così apertamente. Vediamo insieme cosa possiamo chiarire già oggi e cosa conviene riprendere con calma?',
          puik3l:
            'Mi segno le tue osservazioni su «{item}»: ci torniamo appena ho verificato un paio di cose.',
        },
        group: {
          orfp6j: 'Capisco. Datemi un attimo per pensarci.',
          tby85x:
            'Grazie di avermelo detto così apertamente. Vediamo insieme cosa chiarire già oggi e cosa riprendere con calma?',
          s05wfk:
            'Mi segno le vostre osservazioni su «{item}»: ci torniamo appena ho verificato un paio di cose.',
        },
        any: {
          pwtml1: 'È una cosa importante, e merita una risposta seria, non improvvisata.',
        },
      },
    },
    2: {
      formal: {
        one: {
          u94sl9:
            'Ne abbiamo parlato a lungo: forse conviene lasciar sedimentare e riparlarne a mente fresca. Per Lei va bene?',
          fppmpr: 'Per ora mi fermerei qui: ci rifletto e Le mando una proposta chiara.',
          v8vyoe:
            'Ci tengo a fare le cose per bene: riassumo quello che mi ha detto e poi Le mando tutto per iscritto.',
        },
        group: {
          dcpirp:
            'Ne abbiamo parlato a lungo: forse conviene lasciar sedimentare e riparlarne a mente fresca. Per voi va bene?',
          bnfbw6: 'Per ora mi fermerei qui: ci rifletto e vi mando una proposta chiara.',
          vfk7e9:
            'Ci tengo a fare le cose per bene: riassumo quello che mi avete detto e poi vi mando tutto per iscritto.',
        },
        any: {
          aks6tt:
            'Il punto «{item}» merita più tempo di quello che abbiamo adesso. Fissiamo una chiamata dedicata?',
        },
      },
      informal: {
        one: {
          jitwpc: 'Ne abbiamo parlato tanto: che ne dici di lasciar sedimentare e riparlarne a mente fresca?',
          cuceqc: 'Per ora fermiamoci qui: ci penso e ti mando una proposta chiara.',
          k8f4ff: 'Ci tengo a fare le cose per bene: riassumo quello che mi hai detto e poi ti scrivo.',
        },
        group: {
          fmh5fj: 'Ne abbiamo parlato tanto: che ne dite di lasciar sedimentare e riparlarne a mente fresca?',
          orwn0p: 'Per ora fermiamoci qui: ci penso e vi mando una proposta chiara.',
          xiwqjk: 'Ci tengo a fare le cose per bene: riassumo quello che mi avete detto e poi vi scrivo.',
        },
        any: {
          vg0slt:
            'Il punto «{item}» merita più tempo di quello che abbiamo adesso. Fissiamo una call apposta?',
        },
      },
    },
    3: {
      formal: {
        one: {
          zbmfuh: 'Fermiamoci qui per oggi. Nei prossimi giorni Le mando la mia risposta per iscritto.',
          k7uo2y:
            '{name}, su «{item}» preferisco non decidere su due piedi: per oggi la questione resta aperta.',
          hshh2d: 'Abbiamo toccato molti punti: fissiamo un incontro apposta per riprenderli con calma.',
        },
        group: {
          jpnwpm: 'Fermiamoci qui per oggi. Nei prossimi giorni vi mando la mia risposta per iscritto.',
          q1opyj: 'Su «{item}» preferisco non decidere su due piedi: per oggi la questione resta aperta.',
          o310rc: 'Abbiamo toccato molti punti: fissiamo un incontro apposta per riprenderli con calma.',
        },
        any: {
          bvrioq: 'Per oggi chiudiamo qui: è meglio riprendere il discorso a mente fredda.',
        },
      },
      informal: {
        one: {
          gc9e04: 'Fermiamoci qui per oggi. Nei prossimi giorni ti mando la mia risposta per iscritto.',
          k6mmkn: 'Preferisco non decidere su due piedi: per oggi la questione resta aperta.',
          o44fpw: 'Abbiamo toccato tanti punti: fissiamo una call apposta per riprenderli con calma.',
        },
        group: {
          jyqcyy: 'Fermiamoci qui per oggi. Nei prossimi giorni vi mando la mia risposta per iscritto.',
          dhknsf: 'Preferisco non decidere su due piedi: per oggi la questione resta aperta.',
          vtbrj2: 'Abbiamo toccato tanti punti: fissiamo una call apposta per riprenderli con calma.',
        },
        any: {
          cled8h: 'Per oggi chiudiamo qui: meglio riprendere il discorso a mente fredda.',
        },
      },
    },
  },
  turnLong: {
    1: {
      formal: {
        one: {
          fonl8w: 'Grazie, {name}. Vorrei sentire anche chi non ha ancora preso la parola.',
          b6c666:
            '{name}, molto utile, grazie. Posso interromperLa un attimo per sentire anche altri pareri sul punto «{item}»?',
          k9ywhb:
            'Grazie mille, {name}, ci ha dato parecchi spunti: li teniamo a mente e intanto sentiamo come la vedono gli altri.',
          fhn2k1: 'Grazie, {name}. Ora sentiamo {nextName}.',
        },
      },
      informal: {
        one: {
          rnuu33: 'Grazie, {name}. Vorrei sentire anche chi non ha ancora parlato.',
          ds1wd9:
            '{name}, molto utile, grazie. Posso fermarti un attimo per sentire anche altri pareri sul punto «{item}»?',
          tc5omn:
            'Grazie mille, {name}, ci hai dato parecchi spunti: li teniamo a mente e intanto sentiamo come la vedono gli altri.',
          eyzhzl: 'Grazie, {name}. Ora sentiamo {nextName}.',
        },
      },
    },
    2: {
      formal: {
        one: {
          qrnnr1: '{name}, potrebbe riassumere in una frase? Vorrei lasciare spazio anche agli altri.',
          dlmbpm: 'La interrompo un attimo, {name}: ci tengo che tutti possano dire la loro su «{item}».',
          w0pdxk: '{name}, teniamo il resto per dopo e sentiamo prima gli altri?',
          fqzkav: '{name}, sentiamo un attimo {nextName}, poi torniamo a Lei.',
        },
      },
      informal: {
        one: {
          jinqdq: '{name}, riesci a riassumere in una frase? Vorrei lasciare spazio anche agli altri.',
          y8369s: 'Ti interrompo un attimo, {name}: ci tengo che tutti possano dire la loro su «{item}».',
          ryvmnv: '{name}, teniamo il resto per dopo e sentiamo prima gli altri?',
          q6dkrx: '{name}, sentiamo un attimo {nextName}, poi torniamo a te.',
        },
      },
    },
    3: {
      formal: {
        one: {
          gns3yx: '{name}, devo fermarLa qui, così anche gli altri hanno il loro turno.',
          pjr5sc: 'Grazie, {name}, ci fermiamo qui: adesso sentiamo anche gli altri.',
          b0s3qz: '{name}, fermiamoci qui; se vuole, mi mandi il resto per iscritto.',
          wc2rka: '{name}, mi scusi, adesso devo dare la parola a {nextName}.',
        },
      },
      informal: {
        one: {
          dbiavo: '{name}, devo fermarti qui, così anche gli altri hanno il loro turno.',
          leuj42: 'Grazie, {name}, ci fermiamo qui: adesso sentiamo anche gli altri.',
          zd29sy: '{name}, fermiamoci qui; se vuoi, mandami il resto per iscritto.',
          tw2yfu: '{name}, scusa, adesso devo dare la parola a {nextName}.',
        },
      },
    },
  },
  quietInvite: {
    1: {
      formal: {
        one: {
          cml4nh: '{name}, vuole aggiungere qualcosa?',
          f6imjs: '{name}, mi interesserebbe sapere cosa ne pensa del punto «{item}».',
          sfk51h: '{name}, se Le va, ci dica anche solo una prima impressione.',
        },
      },
      informal: {
        one: {
          nwkc4m: '{name}, vuoi aggiungere qualcosa?',
          gktqso: '{name}, mi interesserebbe sapere cosa ne pensi del punto «{item}».',
          e23pyv: '{name}, se ti va, dicci anche solo una prima impressione.',
        },
      },
    },
    2: {
      formal: {
        one: {
          a7sa99: '{name}, prima di andare avanti mi piacerebbe molto sentire il Suo parere su «{item}».',
          wvqd4n: '{name}, magari Lei ha notato qualcosa che a noi è sfuggito: cosa ne dice?',
          elf267: '{name}, sentiamo il Suo punto di vista: cosa ne pensa?',
        },
      },
      informal: {
        one: {
          pml6si: '{name}, prima di andare avanti mi piacerebbe molto sentire il tuo parere su «{item}».',
          v0fzd3: '{name}, magari tu hai notato qualcosa che a noi è sfuggito: che ne dici?',
          cdmt9e: '{name}, sentiamo il tuo punto di vista: cosa ne pensi?',
        },
      },
    },
    3: {
      formal: {
        one: {
          d0zi0u: 'Prima di decidere qualsiasi cosa, voglio sentire tutti. {name}, a Lei la parola.',
          tpx7t3: '{name}, su questo punto il Suo parere conta: ci dica come la vede.',
          aohlr7: '{name}, Le passo la parola: Lei come la pensa?',
        },
      },
      informal: {
        one: {
          zpz7he: 'Prima di decidere qualsiasi cosa, voglio sentire tutti. {name}, a te la parola.',
          hvvtec: '{name}, su questo punto il tuo parere conta: dicci come la vedi.',
          k0ykys: '{name}, ti passo la parola: tu come la pensi?',
        },
      },
    },
  },
  roundHandover: {
    1: {
      formal: {
        one: {
          z3brvt: 'Grazie, {name}! Adesso sentiamo {nextName}.',
          sqldyc: '{name}, grazie mille, il tempo è volato! Ora è il turno di {nextName}.',
          ay1pn6: 'Grazie, {name}: con questo chiudiamo il Suo turno.',
          bpkn1b: '{name}, grazie mille: ci fermiamo qui, così diamo a tutti lo stesso tempo.',
        },
      },
      informal: {
        one: {
          ip6sq8: 'Grazie, {name}! Adesso sentiamo {nextName}.',
          krnrci: '{name}, grazie mille, il tempo è volato! Ora è il turno di {nextName}.',
          nq4uux: 'Grazie, {name}: con questo chiudiamo il tuo turno.',
          ealtcv: '{name}, grazie mille: ci fermiamo qui, così diamo a tutti lo stesso tempo.',
        },
      },
    },
    2: {
      formal: {
        one: {
          idl30p: '{name}, potrebbe chiudere con una frase? Siamo già oltre il tempo.',
          yncd5q: '{name}, mi dica giusto la cosa più importante e poi andiamo avanti.',
          zzseyz: '{name}, il resto lo teniamo per dopo il giro: adesso è il turno di {nextName}.',
        },
      },
      informal: {
        one: {
          sgao5t: '{name}, riesci a chiudere con una frase? Siamo già oltre il tempo.',
          vku1wi: '{name}, dimmi giusto la cosa più importante e poi andiamo avanti.',
          ouli6z: '{name}, il resto lo teniamo per dopo il giro: adesso è il turno di {nextName}.',
        },
      },
    },
    3: {
      formal: {
        one: {
          nhynqx: '{name}, devo fermarLa qui perché il giro resti equo per tutti.',
          pv4p4k: 'Grazie, {name}: dobbiamo andare avanti. Ora {nextName}.',
          qpn508:
            '{name}, dobbiamo chiudere qui: il resto lo riprendiamo dopo il giro, così restiamo nei tempi.',
        },
      },
      informal: {
        one: {
          ltyrgt: '{name}, devo fermarti qui perché il giro resti equo per tutti.',
          rcg3wx: 'Grazie, {name}: dobbiamo andare avanti. Ora {nextName}.',
          zou399:
            '{name}, dobbiamo chiudere qui: il resto lo riprendiamo dopo il giro, così restiamo nei tempi.',
        },
      },
    },
  },
  queueLong: {
    1: {
      formal: {
        group: {
          oxkrk1:
            'Abbiamo ancora {minutes} per «{item}» e vogliono intervenire {queue}: cerchiamo di essere brevi.',
          l8p0c6:
            'Attenzione ai tempi: abbiamo {minutes} per «{item}». {queue}, un punto a testa, per favore.',
          hdnnfo:
            'Ci sono ancora altri interventi in lista, quindi andiamo al sodo: abbiamo {minutes} per «{item}».',
        },
      },
      informal: {
        group: {
          pi6rli:
            'Abbiamo ancora {minutes} per «{item}» e vogliono intervenire {queue}: cerchiamo di essere veloci.',
          qvi3go: 'Occhio all’orario: abbiamo {minutes} per «{item}». {queue}, un punto a testa.',
          vnu6hq:
            'C’è ancora qualche intervento in lista, quindi andiamo al sodo: abbiamo {minutes} per «{item}».',
        },
      },
    },
    2: {
      formal: {
        group: {
          gkmpqh: 'Abbiamo {minutes}: {queue}, un punto a testa, e il resto via e-mail.',
          fa9yvk:
            'Il tempo per il punto «{item}» sta per finire: {queue}, riuscite a dire il vostro punto in una frase a testa?',
          pff6qu: 'Per dare spazio a tutti, solo punti nuovi: abbiamo ancora {minutes}.',
        },
      },
      informal: {
        group: {
          jdzz7k: 'Abbiamo {minutes}: {queue}, un punto a testa, e il resto per mail.',
          apdpgh: 'Il tempo per «{item}» sta per finire: {queue}, ce la fate in una frase a testa?',
          zfkznw: 'Per sentire tutti, solo punti nuovi: abbiamo ancora {minutes}.',
        },
      },
    },
    3: {
      formal: {
        group: {
          hj697y:
            'Il tempo per «{item}» è agli sgoccioli. {queue}, potete mandarmi i vostri punti per iscritto?',
          jop5uw:
            'Devo chiudere qui la lista degli interventi: segniamo i punti aperti e li riprendiamo in un secondo momento.',
          eanftv:
            'Dobbiamo andare avanti. Chi è ancora in lista scriva il suo punto in chat, così non va perso.',
          qwm0qs:
            'Chiudiamo qui il punto «{item}» e passiamo al punto «{next}»: quello che resta lo raccolgo io dopo.',
        },
      },
      informal: {
        group: {
          vryzqq: 'Il tempo per «{item}» è agli sgoccioli. {queue}, mi mandate i vostri punti per iscritto?',
          v0mye1:
            'Chiudo qui la lista degli interventi: segniamo i punti aperti e li riprendiamo in un secondo momento.',
          w5kpdt:
            'Dobbiamo andare avanti. Chi è ancora in lista scriva il suo punto in chat, così non si perde.',
          mz1af7:
            'Chiudiamo qui il punto «{item}» e passiamo al punto «{next}»: quello che resta lo raccolgo io dopo.',
        },
      },
    },
  },
};
