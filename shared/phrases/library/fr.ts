import type { LocalePhrases } from '../phrase.types';

/** French lines. Formal = vous, informal = tu (lines to a group use the plural vous in both registers). */
export const fr: LocalePhrases = {
  chattyClient: {
    1: {
      formal: {
        kbhim8:
          'Ah, ça a l’air formidable ! Gardons la suite pour la fin de l’appel : j’ai d’abord quelques points à voir sur « {item} ».',
        huq6np:
          'J’aimerais beaucoup en savoir plus. On le met de côté un instant et on y revient en fin d’appel ?',
        rvqwpk:
          '{client}, quelle belle histoire ! Je vous propose de passer d’abord les points pratiques, et ensuite je vous écoute avec plaisir.',
        sj561y:
          'C’est intéressant ! Mettons ça de côté un instant, je tiens à ce qu’on traite bien « {item} ».',
      },
      informal: {
        k94gom:
          'Ah, ça a l’air génial ! On garde la suite pour la fin de l’appel ? J’ai d’abord deux-trois points sur « {item} ».',
        bmgxtx:
          'Tu me raconteras ça à la fin, j’ai hâte ! D’abord, j’ai quelques points pratiques à voir avec toi.',
        feyrjn: '{client}, j’adore l’histoire ! On boucle d’abord les sujets pro, et ensuite je t’écoute.',
        rbag7m:
          'Intéressant ! On met ça de côté deux minutes ? J’aimerais qu’on fasse bien le tour de « {item} ».',
      },
    },
    2: {
      formal: {
        jd7jq8: 'Je ne voudrais pas que vous me payiez pour bavarder ! Et si on revenait au projet ?',
        pczjhr:
          'C’est un plaisir de discuter, mais le compteur tourne, et c’est à vos frais ! On revient à « {item} » ?',
        v5hkh8:
          'Voilà {minutes} qu’on parle d’autre chose : je préfère que ce temps serve à votre projet. On revient à « {item} » ?',
        kza16r:
          '{client}, je bavarderais volontiers encore, mais gardons votre heure pour le travail. Où en étions-nous sur « {item} » ?',
      },
      informal: {
        bon60t: 'Je m’en voudrais de te facturer la causette ! On revient au projet ?',
        kv13dc:
          'J’adore discuter avec toi, mais le compteur tourne, et c’est toi qui paies ! On revient à « {item} » ?',
        k7js58:
          'Ça fait {minutes} qu’on parle d’autre chose : autant que ce temps serve ton projet ! On reprend « {item} » ?',
        vt7kas:
          '{client}, on papotera une autre fois avec plaisir, mais là, c’est ton heure de travail. On en était où sur « {item} » ?',
      },
    },
    3: {
      formal: {
        h10se0:
          'Cela fait {minutes} que nous sommes hors sujet, soit {cost} de votre budget. Revenons à « {item} ».',
        msb02y: 'Je tiens à respecter votre budget : revenons maintenant à l’ordre du jour.',
        o8xgu9:
          'Reprenons cette conversation une autre fois, j’aimerais qu’on termine « {item} » aujourd’hui.',
        wlxtmq: 'Je me permets de recentrer la discussion : il nous reste « {item} » à traiter.',
      },
      informal: {
        o4183o: 'Ça fait {minutes} qu’on est hors sujet, soit {cost} de ton budget. On revient à « {item} ».',
        kct4a9: 'Je tiens à respecter ton budget, alors on revient à l’ordre du jour maintenant.',
        klpua5:
          'On reprendra cette discussion une autre fois : j’aimerais qu’on termine « {item} » aujourd’hui.',
        hg1m6v: '{client}, je nous ramène au sujet : il nous reste « {item} » à voir.',
      },
    },
  },
  groupDrift: {
    1: {
      formal: {
        qq7tv1:
          'Très bonne remarque. Je la note, et nous y reviendrons en fin de réunion si le temps le permet.',
        k27aw5: 'Ce sujet mérite une discussion à part. Et si nous revenions à « {item} » ?',
        k41g79: 'Notons-le pour ne pas le perdre, et revenons à « {item} ».',
        cyv83n:
          'Échange intéressant ! Pouvons-nous le poursuivre en dehors de la réunion et reprendre « {item} » ?',
      },
      informal: {
        kb22si: 'Bonne remarque ! On la garde de côté et on y revient à la fin s’il reste du temps.',
        kwfgjj: 'Ça mériterait une discussion à part. On revient à « {item} » ?',
        vcffk3: 'Je note ça pour ne pas l’oublier, et on reprend « {item} ».',
        g9sf42: 'Sujet intéressant ! Vous pourriez en reparler après la réunion ? On reprend « {item} ».',
      },
    },
    2: {
      formal: {
        mpfj46:
          'Cela fait {minutes} que nous parlons d’autre chose. Revenons à l’ordre du jour, pour respecter le temps de tout le monde.',
        kp8n9l:
          'Je pense au temps de chacun : pourrions-nous poursuivre ce point en aparté et revenir à « {item} » ?',
        c554tb:
          'Reprenons le fil : « {item} » est toujours ouvert, et ce sujet ne concerne pas tout le monde.',
        f3ano0:
          'Les personnes concernées pourraient-elles en reparler après la réunion ? Revenons à « {item} ».',
      },
      informal: {
        v5qv90:
          'Ça fait {minutes} qu’on parle d’autre chose ! On revient à l’ordre du jour, le temps de tout le monde compte.',
        w96fuh: 'Je pense au temps de chacun : vous continuez ça en aparté, et on revient à « {item} » ?',
        ghmik3: 'On se recentre : « {item} » n’est pas bouclé, et ce sujet ne concerne pas tout le monde.',
        h9ovh0:
          'Est-ce que les personnes concernées pourraient en reparler après l’appel ? On revient à « {item} ».',
      },
    },
    3: {
      formal: {
        jw9ti1: 'Nous avons passé {minutes} hors de l’ordre du jour. Je nous ramène maintenant à « {item} ».',
        hee88s:
          'Arrêtons-nous là et poursuivons ce sujet en dehors de la réunion : nous avons besoin du temps restant pour « {item} ».',
        khoi5a: 'Pour ne pas déborder, je mets ce sujet de côté dès maintenant. Retour à « {item} ».',
        fbzd8m:
          'Il faut avancer. Merci de poursuivre cette discussion après la réunion, et terminons « {item} ».',
      },
      informal: {
        ru126u: 'On a passé {minutes} hors de l’ordre du jour. Là, je nous ramène à « {item} ».',
        w7exkx: 'On s’arrête là et vous en reparlez après : on a besoin du temps qui reste pour « {item} ».',
        rulx53: 'Pour ne pas déborder, je mets ce sujet de côté. Retour à « {item} » !',
        kkpj09:
          'Il faut qu’on avance. Ce sujet-là, vous le reprenez après la réunion, et on termine « {item} ».',
      },
    },
  },
  itemOverrun: {
    1: {
      formal: {
        hw5tlu: 'Nous arrivons au bout du temps prévu pour « {item} ». Pouvons-nous conclure ?',
        lmgowj:
          'Le temps prévu pour « {item} » est écoulé. Reste-t-il un point essentiel avant de passer à « {next} » ?',
        bl241y: 'Nous avons atteint le temps prévu pour ce point. Notons la décision et passons à la suite.',
        dxn227: 'Petit point horaire : nous sommes à la limite fixée pour « {item} ».',
      },
      informal: {
        tfzssm: 'On arrive au bout du temps prévu pour « {item} ». On conclut ?',
        koj8dk:
          'Le temps prévu pour « {item} » est écoulé. Tu vois un point essentiel à ajouter avant qu’on passe à « {next} » ?',
        gd3ahc: 'C’est l’heure pour ce point. On note la décision et on passe à la suite ?',
        nocgy0: 'Petit point horaire : on est pile à la limite prévue pour « {item} ».',
      },
    },
    2: {
      formal: {
        x626s6:
          'Nous avons {minutes} de dépassement sur « {item} ». Pouvons-nous fixer les prochaines étapes et passer à « {next} » ?',
        kzocpr: 'Bouclons « {item} » : nous débordons, et je voudrais garder du temps pour la suite.',
        k60tx5:
          'Ce point a dépassé son temps. Voulez-vous que je mette par écrit ce que nous avons décidé jusqu’ici, et que nous passions à la suite ?',
        rm22vf: 'Pour tenir le planning, je propose de clore « {item} » ici et de poursuivre par e-mail.',
      },
      informal: {
        qzqfqv:
          'On a {minutes} de dépassement sur « {item} ». On fixe les prochaines étapes et on passe à « {next} » ?',
        mxx27b: 'On boucle « {item} » ? On déborde, et je voudrais garder du temps pour le reste.',
        otcd8n:
          'On a dépassé le temps sur ce point. Je mets par écrit ce qu’on a décidé jusqu’ici, et on passe à la suite ?',
        pshpbf:
          'Pour tenir le planning, je te propose qu’on clôture « {item} » ici et qu’on continue par mail.',
      },
    },
    3: {
      formal: {
        q3fjgf: 'Nous en sommes à {minutes} de dépassement sur « {item} ». Passons maintenant à « {next} ».',
        kxefwa: 'Arrêtons « {item} » ici. Je vous enverrai un récapitulatif pour que rien ne se perde.',
        kq1pyy:
          'Nous avons largement dépassé le temps prévu sur ce point. Mettons le reste de côté et avançons.',
        utqiad: 'Il faut avancer maintenant : si besoin, nous poursuivrons « {item} » lors d’un appel dédié.',
      },
      informal: {
        y1clx1: 'On a {minutes} de dépassement sur « {item} ». Là, on passe à « {next} ».',
        fduvrz: 'On s’arrête là pour « {item} ». Je t’envoie un récap pour que rien ne se perde.',
        f14wuy: 'On a largement dépassé sur ce point. On met le reste de côté et on avance.',
        wad0rn:
          'Il faut qu’on avance maintenant : si besoin, on reprendra « {item} » lors d’un appel à part.',
      },
    },
  },
  capNear: {
    1: {
      formal: {
        mku2qd: 'Petit rappel : il nous reste {minutes}. Assurons-nous de couvrir l’essentiel.',
        k8uqpx: 'Il nous reste environ {minutes} : quel est le point que vous tenez à régler aujourd’hui ?',
        cfkwzi: 'Pour information, nous avons encore {minutes} devant nous aujourd’hui.',
        qh2b8c: '{client}, il nous reste {minutes} : et si nous passions en revue les points clés ?',
      },
      informal: {
        h2w5rd: 'Petit rappel : il nous reste {minutes}. On s’assure de voir l’essentiel ?',
        kpquay:
          'Il nous reste à peu près {minutes} : c’est quoi, le point que tu tiens à régler aujourd’hui ?',
        kv51jj: 'Juste pour info, on a encore {minutes} devant nous.',
        rqza39: '{client}, il nous reste {minutes} : on fait le tour des points clés ?',
      },
    },
    2: {
      formal: {
        up8rts: 'Il nous reste {minutes}. Commençons à conclure et convenons des prochaines étapes.',
        ksfqgh: 'Plus que {minutes} : faisons la synthèse et décidons qui fait quoi.',
        kmy8og: 'Le temps file. Je vous propose un récapitulatif des prochaines étapes.',
        biu25v:
          'Il ne nous reste que {minutes} : si « {item} » n’est pas bouclé, gardons-le pour notre prochain appel.',
      },
      informal: {
        qnvb75: 'Il nous reste {minutes}. On commence à conclure et on fixe les prochaines étapes ?',
        swfg3o: 'Plus que {minutes} : on fait la synthèse et on décide qui fait quoi.',
        ad8nzf: 'Le temps file ! Je te fais un récap des prochaines étapes.',
        k2y2lu:
          'Il ne reste que {minutes} : si « {item} » n’est pas bouclé, on le garde pour notre prochain appel.',
      },
    },
    3: {
      formal: {
        i13vqx: 'Nous en sommes aux toutes dernières minutes. Je récapitule rapidement, puis nous clôturons.',
        bftvyw: 'Il nous reste {minutes} : concluons ici.',
        y4dfe7: 'C’est presque l’heure. Je vous enverrai une synthèse après l’appel.',
        kr3xts: '{client}, arrêtons-nous ici : je vous ferai un suivi écrit sur tout ce qui reste ouvert.',
      },
      informal: {
        kmqec9: 'On est dans les toutes dernières minutes. Je récapitule vite, et on clôture.',
        h9mmo5: 'Il nous reste {minutes} : on s’arrête là.',
        x5ybzu: 'C’est presque l’heure. Je t’envoie une synthèse après l’appel.',
        kgvnsw: '{client}, on s’arrête ici : je te fais un suivi écrit sur tout ce qui reste en suspens.',
      },
    },
  },
  capPassed: {
    1: {
      formal: {
        g7m0o2: 'Nous arrivons au terme du temps prévu. Concluons ici, je vous enverrai un récapitulatif.',
        m1sd8i: 'C’est l’heure. Et si nous terminions par les prochaines étapes ?',
        yoqrh9:
          'Nous avons atteint le temps que nous nous étions fixé. Y a-t-il un point urgent avant de clore ?',
        krvd1k: '{client}, le temps prévu est écoulé : je vous ferai un suivi par e-mail pour le reste.',
      },
      informal: {
        np9adv: 'On arrive au bout du temps prévu. On conclut ici, et je t’envoie un récap.',
        ctamj3: 'C’est l’heure ! On finit par les prochaines étapes ?',
        kyi6jx: 'On a atteint le temps qu’on s’était fixé. Un point urgent avant de clore ?',
        wrisjf: '{client}, le temps prévu est écoulé : je te fais un suivi par mail pour le reste.',
      },
    },
    2: {
      formal: {
        a0jqit:
          'Nous avons déjà dépassé l’horaire de {minutes}. Clôturons maintenant et reprenons le reste la prochaine fois.',
        ksf2ao:
          'Je dois faire attention à l’heure : arrêtons-nous ici et poursuivons lors de notre prochain appel.',
        quyorc:
          'Nous avons débordé. Je vous envoie un récapitulatif, et nous pourrons régler le reste par e-mail.',
        cbgf8g: 'Je vais devoir conclure, j’ai un autre engagement. Poursuivons la prochaine fois.',
      },
      informal: {
        idress:
          'On a déjà dépassé l’horaire de {minutes}. On s’arrête maintenant et on reprend le reste la prochaine fois.',
        tv0n0f: 'Je dois faire attention à l’heure : on s’arrête là et on continue au prochain appel.',
        p3zvyy: 'On a débordé. Je t’envoie un récap, et on règle le reste par mail.',
        bbaw40: 'Je vais devoir conclure, j’enchaîne sur autre chose. On continue la prochaine fois ?',
      },
    },
    3: {
      formal: {
        iitvtk:
          'Nous avons {minutes} de dépassement. Je dois mettre fin à l’appel ici ; je vous envoie les prochaines étapes.',
        kk8rr3:
          'Excusez-moi, je dois vraiment vous laisser maintenant. Fixons un autre rendez-vous pour la suite.',
        c5518a:
          'Arrêtons-nous ici. Tout ce qui reste ouvert passera à l’ordre du jour de notre prochain appel.',
        m7lf5u:
          '{client}, je dois m’arrêter ici. Je vous envoie une synthèse, et nous reprendrons le reste la prochaine fois.',
      },
      informal: {
        lcd8z5: 'On a {minutes} de dépassement, je dois te laisser. Je t’envoie les prochaines étapes.',
        tcx03f: 'Pardon, mais là, je dois vraiment filer. On cale un autre créneau pour la suite ?',
        kqzwiy: 'On s’arrête ici. Tout ce qui reste ouvert, on le met à l’ordre du jour du prochain appel.',
        u3rfor:
          '{client}, je dois m’arrêter là. Je t’envoie une synthèse, et on reprend le reste la prochaine fois.',
      },
    },
  },
  chatAtEnd: {
    1: {
      formal: {
        tm6z0v:
          'Ça m’a fait très plaisir de prendre de vos nouvelles ! Je retourne maintenant travailler sur votre projet.',
        kf64l2:
          '{client}, c’était un plaisir d’échanger. Je me remets à votre projet pour qu’il soit prêt à temps.',
        keukeb: 'Merci pour cet échange ! Je vous laisse, et je m’attaque à ce dont nous avons parlé.',
        kmczmy:
          'C’est toujours agréable de discuter avec vous. Je m’occupe tout de suite des prochaines étapes.',
      },
      informal: {
        vmo43c: 'Ça m’a fait plaisir de prendre de tes nouvelles ! Je retourne bosser sur ton projet.',
        cf5dzj: '{client}, super de discuter avec toi. Je m’y remets pour que ton projet soit prêt à temps.',
        ym3z4i: 'Merci pour la discussion ! Je te laisse, et je m’attaque à ce qu’on s’est dit.',
        kqr94k: 'C’est toujours sympa de papoter avec toi. Je m’occupe tout de suite des prochaines étapes.',
      },
    },
    2: {
      formal: {
        gixrgt: 'Je vais vous laisser… et me remettre à votre projet !',
        s6cdgu: 'C’était très agréable, mais votre projet ne va pas avancer tout seul ! À bientôt.',
        hlmwrt: 'Je vous laisse à votre journée, et moi, je retourne à votre projet.',
        v8m46w:
          'Gardons la suite pour la prochaine fois : j’aimerais avancer sur votre dossier dès aujourd’hui.',
      },
      informal: {
        kxojag: 'Bon, je vais te laisser… et me remettre à ton projet !',
        mvfgbc: 'C’était sympa, mais ton projet ne va pas se faire tout seul ! À très vite.',
        ou6vj6: 'Je te laisse à ta journée, et moi, je retourne à ton projet.',
        glbs13:
          'On garde la suite pour la prochaine fois : j’aimerais avancer sur ton projet dès aujourd’hui.',
      },
    },
    3: {
      formal: {
        k5ieyh:
          'Je dois vraiment vous laisser maintenant. Je reviens très vite vers vous avec des nouvelles de votre projet.',
        ug484l: 'Il faut que je m’arrête ici. À bientôt, je vous tiens au courant de l’avancement.',
        kp427p: 'Je dois y aller. Merci encore, vous aurez très vite de mes nouvelles.',
        abkcft: '{client}, je vous dis au revoir ici : mon prochain appel commence.',
      },
      informal: {
        e8nqk2: 'Là, je dois vraiment te laisser. Je reviens vite vers toi avec des nouvelles de ton projet.',
        ylte8r: 'Il faut que je m’arrête là. À bientôt, je te tiens au courant !',
        r04avq: 'Je dois filer. Merci encore, tu auras vite de mes nouvelles.',
        rczg2i: '{client}, je te dis au revoir ici : mon prochain appel commence.',
      },
    },
  },
  adhocCall: {
    1: {
      formal: {
        yby978:
          'Avec plaisir. Pouvons-nous garder le reste pour notre point hebdomadaire, afin que je puisse me remettre à votre projet ?',
        fq57uq:
          'Merci d’avoir appelé. Faisons court, si vous le voulez bien, et voyons les détails lors de notre prochain point.',
        kz3lyj: 'Je le note, et nous le verrons en détail lors de notre prochain appel prévu.',
        vuvrzy:
          '{client}, pouvons-nous garder la suite pour notre point habituel ? Je suis en plein dans votre projet.',
      },
      informal: {
        kcm5wg:
          'Avec plaisir ! On garde le reste pour notre point de la semaine ? Comme ça, je me remets sur ton projet.',
        wfnnnz: 'Merci d’avoir appelé. On fait court, et on voit les détails au prochain point ?',
        d5gyd9: 'Je note ça, et on le verra en détail à notre prochain appel prévu.',
        fchx9t: '{client}, on garde la suite pour notre point habituel ? Je suis en plein dans ton projet.',
      },
    },
    2: {
      formal: {
        kie2ws:
          'Cela fait déjà {minutes} que nous sommes en ligne. Regroupons les autres questions pour notre point hebdomadaire.',
        m4795w:
          'J’aimerais y consacrer l’attention que cela mérite : pouvons-nous le voir lors de notre appel prévu ?',
        kpfjqi:
          'Pour que votre projet avance, gardons ces appels imprévus courts et réservons le reste à notre point de la semaine.',
        yy60cz:
          'Je n’ai pas les éléments pour entrer dans le détail maintenant. Laissez-moi regarder cela, et je reviens vers vous.',
      },
      informal: {
        kneya1:
          'Ça fait déjà {minutes} qu’on est en ligne. On regroupe les autres questions pour notre point de la semaine ?',
        y1b986: 'J’aimerais y consacrer vraiment du temps : on le voit à notre appel prévu ?',
        xhypyh:
          'Pour que ton projet avance, gardons ces appels imprévus courts et réservons le reste au point hebdo.',
        kc5204:
          'Là, je n’ai pas les éléments pour entrer dans le détail. Laisse-moi regarder, et je reviens vers toi.',
      },
    },
    3: {
      formal: {
        du8bnr:
          'Voilà {minutes} que nous échangeons, et je dois retourner travailler. Reprenons ce point lors de notre prochain appel prévu.',
        qxl075:
          'Je vais devoir m’arrêter là : envoyez-moi le reste par e-mail, et je le traiterai lors de notre point hebdomadaire.',
        nm3kmr:
          'Ces appels imprévus grignotent le temps que je consacre à votre projet. Désormais, tenons-nous-en à notre point hebdomadaire.',
        rbensl:
          'Je dois m’arrêter ici. Si vous avez souvent besoin de moi à l’improviste, il faudrait que nous parlions d’un tarif pour cette disponibilité.',
      },
      informal: {
        ktrbxs:
          'Ça fait {minutes} qu’on discute, et je dois me remettre au travail. On reprend ça à notre prochain appel prévu.',
        kt2ubn:
          'Je vais devoir m’arrêter là : envoie-moi le reste par mail, et je le traite à notre point hebdo.',
        nkgrkj:
          'Ces appels imprévus grignotent le temps que je consacre à ton projet. Désormais, on s’en tient à notre point hebdo.',
        kts4fi:
          'Je dois m’arrêter ici. Si tu as souvent besoin de moi à l’improviste, il faudrait qu’on parle d’un tarif pour cette disponibilité.',
      },
    },
  },
  hardTalk: {
    1: {
      formal: {
        d8q6vt: 'Je vous entends. Laissez-moi un instant pour y réfléchir.',
        w2wgo0: 'Merci de me le dire aussi franchement. Puis-je prendre une minute avant de vous répondre ?',
        g2isgt: 'C’est important. Je préfère vous donner une vraie réponse plutôt qu’une réponse rapide.',
        fvqa4r: 'Pour bien vous comprendre, pourriez-vous m’en dire un peu plus ?',
      },
      informal: {
        zcswkm: 'Je t’entends. Laisse-moi un instant pour y réfléchir.',
        svi52n: 'Merci de me le dire aussi franchement. Je peux prendre une minute avant de te répondre ?',
        ho1vnj: 'C’est important. Je préfère te donner une vraie réponse plutôt qu’une réponse à chaud.',
        q9m515: 'Pour bien te comprendre, tu peux m’en dire un peu plus ?',
      },
    },
    2: {
      formal: {
        eqbxdo:
          'Je ne souhaite pas vous répondre dans la précipitation. Puis-je revenir vers vous demain avec une réponse réfléchie ?',
        ixo8ec:
          'Faisons une pause ici. Je vais y réfléchir et revenir vers vous avec une proposition claire.',
        u4d7ld:
          'Je tiens à bien faire les choses. Je résume ce que j’ai entendu, et je vous fais un retour par écrit.',
        eg67cz:
          'Le sujet « {item} » mérite plus de temps que nous n’en avons. Pouvons-nous prévoir un autre échange ?',
      },
      informal: {
        p9wks7:
          'Je ne veux pas te répondre à la va-vite. Je reviens vers toi demain avec une réponse réfléchie, ça te va ?',
        j5le2t: 'Faisons une pause. Je vais y réfléchir et revenir vers toi avec une proposition claire.',
        aeib9g:
          'Je tiens à bien faire les choses. Je résume ce que j’ai entendu, et je te fais un retour par écrit.',
        a8cjum: 'Le sujet « {item} » mérite plus de temps qu’on n’en a là. On prévoit un autre échange ?',
      },
    },
    3: {
      formal: {
        knaigc:
          'Arrêtons-nous là pour aujourd’hui. Je vous enverrai ma réponse par écrit d’ici la fin de la semaine.',
        keizlq:
          'Je préfère ne pas trancher sur-le-champ. Je reviendrai vers vous une fois que j’y aurai bien réfléchi.',
        pjzv5i:
          'Nous avons abordé beaucoup de choses. Laissez-moi un peu de temps, et je donnerai suite à tout ce que je vous ai promis.',
        c9l13x:
          '{client}, arrêtons-nous ici sur « {item} » et reprenons-le quand nous aurons eu le temps d’y réfléchir, de part et d’autre.',
      },
      informal: {
        kst54t:
          'On s’arrête là pour aujourd’hui. Je t’envoie ma réponse par écrit d’ici la fin de la semaine.',
        coh5kc: 'Je préfère ne pas trancher à chaud. Je reviens vers toi quand j’y aurai bien réfléchi.',
        cmsh7z:
          'On a abordé beaucoup de choses. Laisse-moi un peu de temps, et je donnerai suite à tout ce que je t’ai promis.',
        glhtke:
          '{client}, on s’arrête là sur « {item} », et on en reparle quand on aura eu le temps d’y réfléchir, de part et d’autre.',
      },
    },
  },
};
