import type { LocalePhrases } from '../phrase.types';

/**
 * French lines. To one person, formal = vous, informal = tu; to a group, both registers use the plural vous
 * (informal group lines also say on, tout le monde). 'any' lines name no listener, or use a vous that fits one
 * person and a room alike; informal 'any' lines use neither tu nor vous.
 */
export const fr: LocalePhrases = {
  chattyClient: {
    1: {
      formal: {
        one: {
          kbhim8:
            'Ah, ça a l’air formidable ! Gardons la suite pour la fin de l’appel : j’ai d’abord quelques points à voir sur « {item} ».',
          huq6np:
            'Il faudra que vous me racontiez la suite la prochaine fois ! Pour l’instant, revenons à votre projet.',
          rvqwpk:
            '{name}, pardon de vous interrompre, mais j’aimerais qu’on ait le temps de tout voir aujourd’hui.',
          sj561y:
            'C’est intéressant ! Mettons ça de côté un instant, je tiens à ce qu’on traite bien « {item} ».',
        },
      },
      informal: {
        one: {
          k94gom:
            'Ah, ça a l’air génial ! On garde la suite pour la fin de l’appel ? J’ai d’abord deux-trois points sur « {item} ».',
          bmgxtx: 'Il faudra que tu me racontes la suite la prochaine fois ! Là, on revient à ton projet ?',
          feyrjn: '{name}, pardon de te couper, mais j’aimerais qu’on ait le temps de tout voir aujourd’hui.',
          rbag7m:
            'Intéressant ! On met ça de côté deux minutes ? J’aimerais qu’on fasse bien le tour du point « {item} ».',
        },
      },
    },
    2: {
      formal: {
        one: {
          jd7jq8: 'Je ne voudrais pas que vous me payiez pour bavarder ! Et si on revenait au projet ?',
          pczjhr:
            'C’est un plaisir de discuter, mais j’aimerais que vous repartiez avec du concret : on revient au point « {item} » ?',
          v5hkh8:
            'Voilà {minutes} qu’on parle d’autre chose : je préfère qu’on garde le temps qui reste pour votre projet. On revient au point « {item} » ?',
          kza16r:
            '{name}, je bavarderais volontiers encore, mais gardons ça pour une autre fois. Où en étions-nous sur « {item} » ?',
        },
      },
      informal: {
        one: {
          bon60t: 'Je m’en voudrais de te facturer la causette ! On revient au projet ?',
          kv13dc:
            'J’adore discuter avec toi, mais j’aimerais que tu repartes avec du concret : on revient au point « {item} » ?',
          k7js58:
            'Ça fait {minutes} qu’on parle d’autre chose : autant garder le temps qui reste pour ton projet ! On reprend « {item} » ?',
          vt7kas:
            '{name}, on papotera une autre fois avec plaisir, mais là, on se concentre sur ton projet. On en était où sur « {item} » ?',
        },
      },
    },
    3: {
      formal: {
        one: {
          h10se0:
            'Cela fait {minutes} que nous sommes hors sujet, soit {cost} de votre budget. Revenons au point « {item} ».',
          msb02y: 'Je tiens à respecter votre budget : revenons maintenant à l’ordre du jour.',
          o8xgu9:
            'Gardons cette conversation pour une autre fois : nous devons terminer le point « {item} » aujourd’hui.',
          wlxtmq: 'Je me permets de recentrer la discussion : il nous reste « {item} » à traiter.',
        },
      },
      informal: {
        one: {
          o4183o:
            'On est hors sujet depuis {minutes}, ça représente {cost} de ton budget. On revient au point « {item} ».',
          kct4a9: 'Je tiens à respecter ton budget, alors on revient à l’ordre du jour maintenant.',
          klpua5:
            'On garde cette discussion pour une autre fois : il faut qu’on termine le point « {item} » aujourd’hui.',
          hg1m6v: '{name}, je nous ramène au sujet : il nous reste « {item} » à voir.',
        },
      },
    },
  },
  groupDrift: {
    1: {
      formal: {
        group: {
          qq7tv1:
            'Très bonne remarque. Je la note, et nous y reviendrons en fin de réunion si le temps le permet.',
          k27aw5: 'Ce sujet mérite une discussion à part. Et si nous revenions au point « {item} » ?',
          k41g79:
            'Je crois que nous nous sommes un peu éloignés du sujet : où en étions-nous sur « {item} » ?',
          cyv83n:
            'Échange intéressant ! Mais pour avoir le temps de tout voir, reprenons le point « {item} ».',
        },
      },
      informal: {
        group: {
          kb22si: 'Bonne remarque ! On la garde de côté et on y revient à la fin s’il reste du temps.',
          kwfgjj: 'Ça mériterait une discussion à part. On revient au point « {item} » ?',
          vcffk3: 'On s’est un peu éloignés du sujet, non ? On en était où sur « {item} » ?',
          g9sf42: 'Sujet passionnant ! Mais pour qu’on ait le temps de tout voir, on reprend « {item} » ?',
        },
      },
    },
    2: {
      formal: {
        group: {
          mpfj46:
            'Cela fait {minutes} que nous parlons d’autre chose. Revenons à l’ordre du jour, pour respecter le temps de tout le monde.',
          kp8n9l:
            'Ce sujet a-t-il vraiment sa place aujourd’hui ? Sinon, je vous propose de l’inscrire à une prochaine réunion et de revenir au point « {item} ».',
          c554tb:
            'Reprenons le fil : cette discussion ne concerne pas tout le monde, et le point « {item} » n’est pas encore réglé.',
          f3ano0:
            'Les personnes concernées pourraient-elles en reparler après la réunion ? Revenons au point « {item} ».',
        },
      },
      informal: {
        group: {
          v5qv90: 'Ça fait {minutes} qu’on parle d’autre chose ! On revient à l’ordre du jour ?',
          w96fuh:
            'Est-ce que c’est vraiment un sujet pour aujourd’hui ? Sinon, on le met à l’ordre du jour d’une prochaine réunion et on revient au point « {item} ».',
          ghmik3:
            'On se recentre : ça ne concerne pas tout le monde, et on n’a pas encore bouclé le point « {item} ».',
          h9ovh0:
            'Est-ce que les personnes concernées pourraient en reparler après l’appel ? On revient au point « {item} ».',
        },
      },
    },
    3: {
      formal: {
        group: {
          jw9ti1:
            'Nous avons passé {minutes} hors de l’ordre du jour. Je nous ramène maintenant au point « {item} ».',
          hee88s:
            'Arrêtons-nous là et poursuivons ce sujet en dehors de la réunion : nous avons besoin du temps restant pour « {item} ».',
          khoi5a:
            'Pour ne pas déborder, je mets ce sujet de côté dès maintenant. Retour au point « {item} ».',
          fbzd8m:
            'Il faut avancer : qui peut prendre ce sujet en charge après la réunion ? En attendant, terminons « {item} ».',
        },
      },
      informal: {
        group: {
          ru126u: 'On a passé {minutes} hors de l’ordre du jour. Là, je nous ramène au point « {item} ».',
          w7exkx:
            'On s’arrête là et vous en reparlez après : on a besoin du temps qui reste pour « {item} ».',
          rulx53: 'Pour ne pas déborder, je mets ce sujet de côté. Retour au point « {item} » !',
          kkpj09:
            'Il faut qu’on avance : qui veut bien s’occuper de ce sujet après la réunion ? En attendant, on termine « {item} ».',
        },
      },
    },
  },
  itemOverrun: {
    1: {
      formal: {
        any: {
          hw5tlu: 'Nous arrivons au bout du temps prévu pour « {item} ». Pouvons-nous conclure ?',
          lmgowj:
            'Le temps prévu pour « {item} » est écoulé. Reste-t-il un point essentiel avant d’aborder « {next} » ?',
          bl241y:
            'Je crois que nous avons de quoi trancher sur ce point : que retenons-nous ? Je le note, et nous passons à la suite.',
          dxn227:
            'Petit coup d’œil à l’horloge : avons-nous fait le tour du point « {item} », ou nous faut-il encore quelques minutes ?',
        },
      },
      informal: {
        one: {
          koj8dk:
            'Le temps prévu pour « {item} » est écoulé. Tu vois un point essentiel à ajouter avant qu’on attaque « {next} » ?',
        },
        group: {
          fkugbd:
            'Le temps prévu pour « {item} » est écoulé. Quelqu’un a encore un point essentiel avant qu’on attaque « {next} » ?',
        },
        any: {
          tfzssm: 'On arrive au bout du temps prévu pour « {item} ». On conclut ?',
          gd3ahc:
            'C’est le moment de trancher sur ce point : qu’est-ce qu’on retient ? Je le note, et on passe à la suite.',
          nocgy0:
            'Petit point timing : on a fait le tour du point « {item} », ou on a besoin de quelques minutes de plus ?',
        },
      },
    },
    2: {
      formal: {
        any: {
          x626s6:
            'Nous avons {minutes} de dépassement sur « {item} ». Pouvons-nous fixer les prochaines étapes et passer au point « {next} » ?',
          kzocpr: 'Bouclons « {item} » : nous débordons, et je voudrais garder du temps pour la suite.',
          k60tx5:
            'Nous avons dépassé le temps prévu pour ce point. Je note ce que nous avons décidé, et nous passons à la suite ?',
          rm22vf:
            'Pour tenir le planning, je vous propose de clore « {item} » ici et de poursuivre par e-mail.',
        },
      },
      informal: {
        one: {
          pshpbf: 'Pour tenir le planning, on arrête « {item} » ici et on continue par mail, ça te va ?',
        },
        group: {
          bm4goa: 'Pour tenir le planning, on arrête « {item} » ici et on continue par mail, ça vous va ?',
        },
        any: {
          qzqfqv:
            'On a {minutes} de dépassement sur « {item} ». On fixe les prochaines étapes et on passe au point « {next} » ?',
          mxx27b: 'On boucle « {item} » ? On déborde, et je voudrais garder du temps pour le reste.',
          otcd8n:
            'On a dépassé le temps prévu pour ce point. Je note ce qu’on a décidé jusqu’ici, et on passe à la suite ?',
        },
      },
    },
    3: {
      formal: {
        any: {
          q3fjgf:
            'Nous en sommes à {minutes} de dépassement sur « {item} ». Passons maintenant au point « {next} ».',
          kxefwa:
            'Restons-en là pour « {item} ». Je vous enverrai un récapitulatif pour que rien ne se perde.',
          kq1pyy:
            'Nous avons largement dépassé le temps prévu sur ce point. Mettons le reste de côté et avançons.',
          utqiad:
            'Il faut avancer maintenant : si besoin, nous poursuivrons « {item} » lors d’un échange dédié.',
        },
      },
      informal: {
        one: {
          fduvrz: 'On s’arrête là pour « {item} ». Je t’envoie un récap pour que rien ne se perde.',
        },
        group: {
          cjn97l:
            'On s’arrête là pour « {item} ». J’envoie un récap à tout le monde pour que rien ne se perde.',
        },
        any: {
          y1clx1: 'On a {minutes} de dépassement sur « {item} ». Là, on passe au point « {next} ».',
          f14wuy: 'On a largement débordé sur ce point. On met le reste de côté et on avance.',
          wad0rn:
            'Il faut qu’on avance maintenant : si besoin, on reprendra « {item} » lors d’un appel à part.',
        },
      },
    },
  },
  capNear: {
    1: {
      formal: {
        one: {
          qh2b8c:
            '{name}, il nous reste {minutes} : voulez-vous que nous gardions ce temps pour vos questions ?',
        },
        group: {
          d7pk99:
            'Il nous reste {minutes} : profitons-en pour préciser qui s’occupe de quoi d’ici la prochaine réunion.',
        },
        any: {
          mku2qd: 'Petit rappel : il nous reste {minutes}. Assurons-nous de voir l’essentiel.',
          k8uqpx: 'Il nous reste {minutes} : quel est le point que vous tenez à régler aujourd’hui ?',
          cfkwzi:
            'Il nous reste {minutes} : où en sommes-nous par rapport à ce que nous voulions voir aujourd’hui ?',
        },
      },
      informal: {
        one: {
          kpquay: 'Il nous reste {minutes} : c’est quoi, le point que tu tiens à régler aujourd’hui ?',
          rqza39: '{name}, il nous reste {minutes} : tu veux qu’on garde ce temps pour tes questions ?',
        },
        group: {
          oyjtg6: 'Il nous reste {minutes} : c’est quoi, le point que vous tenez à régler aujourd’hui ?',
          hzb3zx:
            'Il nous reste {minutes} : on en profite pour caler qui fait quoi d’ici la prochaine fois ?',
        },
        any: {
          h2w5rd: 'Petit rappel : il nous reste {minutes}. On s’assure de voir l’essentiel ?',
          kv51jj: 'Il nous reste {minutes} : on en est où par rapport à ce qu’on voulait voir aujourd’hui ?',
        },
      },
    },
    2: {
      formal: {
        any: {
          up8rts: 'Il nous reste {minutes} : il est temps de conclure et de convenir des prochaines étapes.',
          ksfqgh:
            'Nous terminons dans {minutes} : concentrons-nous sur ce qui doit absolument être décidé aujourd’hui.',
          kmy8og: 'Le temps file. Je vous propose de récapituler ce que nous avons décidé jusqu’ici.',
          biu25v:
            'Il nous reste {minutes} : si nous ne pouvons pas finir le point « {item} », gardons la suite pour la prochaine fois.',
        },
      },
      informal: {
        any: {
          qnvb75: 'Il nous reste {minutes} : on conclut et on fixe les prochaines étapes ?',
          swfg3o:
            'On termine dans {minutes} : on se concentre sur ce qui doit vraiment être décidé aujourd’hui.',
          ad8nzf: 'Le temps file ! Je récapitule vite ce qu’on a décidé jusqu’ici.',
          k2y2lu:
            'Il nous reste {minutes} : si on n’arrive pas à finir le point « {item} », on garde la suite pour la prochaine fois.',
        },
      },
    },
    3: {
      formal: {
        one: {
          kr3xts: '{name}, arrêtons-nous ici : je vous écrirai pour tout ce qui reste en suspens.',
        },
        group: {
          zt5lqa: 'Arrêtons-nous ici ; je vous écrirai à tous pour ce qui reste en suspens.',
        },
        any: {
          i13vqx:
            'Nous en sommes aux toutes dernières minutes. Je récapitule rapidement, puis nous clôturons.',
          bftvyw: 'Il nous reste {minutes} : passons directement à la conclusion.',
          y4dfe7: 'C’est presque l’heure : n’ouvrons pas de nouveau sujet, et terminons ce qui est en cours.',
        },
      },
      informal: {
        one: {
          x5ybzu: 'C’est presque l’heure : on n’ouvre plus de nouveau sujet, on finit ce qu’on a commencé.',
          kgvnsw: '{name}, on s’arrête ici : je t’écris pour tout ce qui reste en suspens.',
        },
        group: {
          gdxcbf:
            'C’est presque l’heure, tout le monde : on n’ouvre plus de nouveau sujet, on finit ce qui est en cours.',
          ydratm: 'On s’arrête ici : je vous écris pour tout ce qui reste en suspens.',
        },
        any: {
          kmqec9: 'On en est aux toutes dernières minutes. Je récapitule vite, et on boucle.',
          h9mmo5: 'Il nous reste {minutes} : on passe directement à la conclusion.',
        },
      },
    },
  },
  capPassed: {
    1: {
      formal: {
        one: {
          krvd1k:
            '{name}, nous avons atteint l’heure prévue : avez-vous encore quelques minutes, ou préférez-vous que nous en restions là ?',
        },
        group: {
          b13ojw:
            'Le temps prévu est écoulé. Merci à tous ; nous reprendrons la suite lors de notre prochaine réunion.',
        },
        any: {
          g7m0o2: 'Nous arrivons au terme du temps prévu. Concluons ici, je vous enverrai un récapitulatif.',
          m1sd8i: 'C’est l’heure. Et si nous terminions par les prochaines étapes ?',
          yoqrh9: 'Avant de nous quitter, y a-t-il un point urgent que nous devrions encore aborder ?',
        },
      },
      informal: {
        one: {
          np9adv: 'On arrive au bout du temps prévu. On conclut ici, et je t’envoie un récap.',
          wrisjf: '{name}, on a atteint l’heure : tu as encore deux minutes, ou on s’arrête là ?',
        },
        group: {
          tokaub: 'On arrive au bout du temps prévu : on conclut ici, et je vous envoie un récap.',
          wgskeh: 'Le temps prévu est écoulé : merci à tous, on reprend la suite à la prochaine réunion !',
        },
        any: {
          ctamj3: 'C’est l’heure ! On finit par les prochaines étapes ?',
          kyi6jx: 'Dernière question avant qu’on termine : il y a encore un point urgent ?',
        },
      },
    },
    2: {
      formal: {
        any: {
          a0jqit:
            'Cela fait déjà {minutes} que nous avons dépassé l’heure prévue. Je vous propose d’en rester là pour aujourd’hui.',
          ksf2ao:
            'Je dois faire attention à l’heure : arrêtons-nous ici et poursuivons lors de notre prochain appel.',
          quyorc:
            'Nous avons débordé. Je vous envoie un récapitulatif, et nous pourrons régler le reste par e-mail.',
          cbgf8g: 'Je vais devoir conclure : j’ai un autre rendez-vous. Poursuivons la prochaine fois.',
        },
      },
      informal: {
        one: {
          p3zvyy: 'On a débordé. Je t’envoie un récap, et on règle le reste par mail.',
        },
        group: {
          p58kox: 'On a débordé. Je vous envoie un récap, et on règle le reste par mail.',
        },
        any: {
          idress:
            'Ça fait déjà {minutes} qu’on déborde. On s’arrête là et on reprend le reste la prochaine fois.',
          tv0n0f: 'Je dois faire attention à l’heure : on continue au prochain appel ?',
          bbaw40: 'Je vais devoir conclure, j’enchaîne sur autre chose. On voit la suite une autre fois ?',
        },
      },
    },
    3: {
      formal: {
        one: {
          m7lf5u:
            '{name}, il faut que je vous quitte : dites-moi juste ce qui ne peut pas attendre, et je m’en occupe en priorité.',
        },
        group: {
          je5rsy: 'Je dois malheureusement couper court : merci à tous, et à très vite pour la suite.',
        },
        any: {
          iitvtk:
            'Nous avons {minutes} de dépassement, je dois vraiment m’arrêter là. Je vous envoie les prochaines étapes.',
          kk8rr3:
            'Excusez-moi, je dois vraiment vous laisser maintenant. Fixons un autre rendez-vous pour la suite.',
          c5518a:
            'Arrêtons-nous ici. Tout ce qui reste en suspens passera à l’ordre du jour de notre prochain appel.',
        },
      },
      informal: {
        one: {
          lcd8z5: 'On a {minutes} de dépassement, je dois te laisser. Je t’envoie les prochaines étapes.',
          u3rfor:
            '{name}, je dois m’arrêter là : dis-moi juste ce qui ne peut pas attendre, et je m’en occupe en priorité.',
        },
        group: {
          hdqf6b:
            'On a {minutes} de dépassement, je dois vous laisser. Je vous envoie les prochaines étapes.',
          qci0rf: 'Merci à tous ! Là, il faut vraiment que j’y aille : on se tient au courant pour la suite.',
        },
        any: {
          tcx03f: 'Pardon, mais là, je dois vraiment filer. On cale un autre créneau pour la suite ?',
          kqzwiy:
            'On s’arrête ici. Tout ce qui reste en suspens, on le met à l’ordre du jour du prochain appel.',
        },
      },
    },
  },
  chatAtEnd: {
    1: {
      formal: {
        one: {
          tm6z0v:
            'Ça m’a fait très plaisir de prendre de vos nouvelles ! Je retourne maintenant travailler sur votre projet.',
          kf64l2:
            '{name}, je ne vais pas vous retenir plus longtemps : je vous fais signe dès que j’ai du nouveau sur votre projet.',
        },
        group: {
          r7jvdx:
            'C’était un plaisir de vous retrouver tous ! Je vais devoir vous laisser pour me remettre au projet.',
          bhsa4s:
            'Merci à tous pour ces échanges ! Je vous libère, et je vous donne des nouvelles très vite.',
        },
        any: {
          keukeb: 'Merci pour cet échange ! Je vous laisse, et je m’attaque à ce dont nous avons parlé.',
          kmczmy:
            'C’est toujours agréable de discuter avec vous. Je m’occupe tout de suite des prochaines étapes.',
        },
      },
      informal: {
        one: {
          vmo43c: 'Ça m’a fait plaisir de prendre de tes nouvelles ! Je retourne bosser sur ton projet.',
          cf5dzj:
            '{name}, je ne vais pas te retenir plus longtemps : je te fais signe dès que j’ai du nouveau sur ton projet.',
          ym3z4i: 'Merci pour la discussion ! Je te laisse, et je m’attaque à ce qu’on s’est dit.',
          kqr94k:
            'C’est toujours sympa de papoter avec toi. Je m’occupe tout de suite des prochaines étapes.',
        },
        group: {
          m2qag6: 'Merci pour la discussion ! Je vous laisse, et je m’attaque à ce qu’on s’est dit.',
          zdk4up: 'C’était sympa de vous voir tous ! Continuez sans moi, je retourne bosser.',
          ufh99f: 'C’était top, merci à tous ! Moi, je file m’occuper des prochaines étapes.',
        },
        any: {
          isbgky: 'Bon, je vais devoir m’éclipser ! À très vite pour la suite.',
        },
      },
    },
    2: {
      formal: {
        one: {
          gixrgt: 'Je vais vous laisser… et me remettre à votre projet !',
          s6cdgu: 'C’était très agréable, mais votre projet ne va pas avancer tout seul ! À bientôt.',
          hlmwrt:
            'Je vois que l’heure tourne : je vous laisse, et nous nous reparlons à notre prochain point.',
        },
        group: {
          x3kpy1: 'Je vous laisse poursuivre entre vous : de mon côté, le travail m’attend. À bientôt !',
          wn6m7v:
            'C’est toujours un plaisir, mais je ne veux pas abuser de votre temps. Bonne journée à tous !',
          kpfg7b:
            'Rendez-vous à la prochaine réunion ! D’ici là, s’il vous reste des questions, écrivez-moi.',
        },
        any: {
          v8m46w:
            'Gardons la suite pour la prochaine fois : j’aimerais avancer sur le dossier dès aujourd’hui.',
        },
      },
      informal: {
        one: {
          kxojag: 'Bon, je vais te laisser… et me remettre à ton projet !',
          mvfgbc: 'C’était sympa, mais ton projet ne va pas se faire tout seul ! À très vite.',
          ou6vj6: 'Oh, l’heure tourne ! Je te laisse, on se reparle au prochain point.',
          glbs13:
            'On garde la suite pour la prochaine fois : j’aimerais avancer sur ton projet dès aujourd’hui.',
        },
        group: {
          upxlle: 'Bon, je vais vous laisser… et me remettre au boulot !',
          tcblgi: 'C’était sympa, mais le projet ne va pas avancer tout seul ! À très vite, tout le monde.',
          iwirtf:
            'On garde la suite pour la prochaine fois ? Moi, j’aimerais avancer sur le projet dès aujourd’hui.',
          hfch9p: 'Allez, je vous abandonne ! Pour le reste, écrivez-moi. Bonne journée à tous.',
        },
      },
    },
    3: {
      formal: {
        one: {
          abkcft: '{name}, je vais devoir vous laisser : j’ai un autre rendez-vous qui commence.',
        },
        group: {
          eo6dla: 'Je vais devoir vous quitter : un autre rendez-vous m’attend. Merci à tous !',
        },
        any: {
          k5ieyh:
            'Je dois vraiment vous laisser maintenant. Je reviens très vite vers vous avec des nouvelles du projet.',
          ug484l: 'Excusez-moi de couper court, mais il faut que je m’arrête ici. Bonne journée !',
          kp427p:
            'Gardons le reste pour notre prochain rendez-vous, et arrêtons-nous là pour aujourd’hui. Merci encore !',
        },
      },
      informal: {
        one: {
          e8nqk2:
            'Là, je dois vraiment te laisser. Je reviens vite vers toi avec des nouvelles de ton projet.',
          ylte8r: 'Pardon de couper court, mais il faut que je m’arrête là. Bonne journée !',
          r04avq:
            'On garde le reste pour la prochaine fois, et on s’arrête là pour aujourd’hui. Merci encore !',
          rczg2i: '{name}, je vais devoir te laisser : j’ai un autre appel qui commence.',
        },
        group: {
          dgjgj3: 'Là, je dois vraiment vous laisser ! Je vous tiens au courant pour la suite.',
          kwvfhd: 'Je dois filer, tout le monde ! Merci encore, et à très vite.',
          gq8ub7: 'J’enchaîne sur un autre appel, je vais devoir y aller. À bientôt !',
          dn1e30: 'Il faut que je m’arrête là : je vous laisse finir sans moi.',
        },
      },
    },
  },
  adhocCall: {
    1: {
      formal: {
        one: {
          vuvrzy:
            '{name}, qu’est-ce qui est le plus urgent pour vous aujourd’hui ? Le reste, nous pourrons le voir à notre point habituel.',
        },
        any: {
          yby978:
            'Je vous propose de garder le reste pour notre point hebdomadaire, pour que je puisse me remettre au projet.',
          fq57uq:
            'Merci d’avoir appelé. Faisons court, si vous le voulez bien, et voyons les détails lors de notre prochain point.',
          kz3lyj: 'Je prends note, et je vous réponds par e-mail dans la journée.',
          ygvhlq:
            'Pour gagner du temps, pourriez-vous m’envoyer vos questions par écrit ? Je les regarde dès que possible.',
        },
      },
      informal: {
        one: {
          fchx9t:
            '{name}, qu’est-ce qui est le plus urgent pour toi, là ? Le reste, on le voit à notre point habituel.',
        },
        group: {
          z11q9n: 'Vous m’envoyez vos questions par écrit ? Je les regarde dès que je peux.',
        },
        any: {
          kcm5wg: 'On garde le reste pour notre point de la semaine ? Comme ça, je me remets sur le projet.',
          wfnnnz: 'Merci d’avoir appelé. On fait court, et on voit les détails au prochain point ?',
          d5gyd9: 'Je note ça, et je reviens dessus par mail dans la journée.',
        },
      },
    },
    2: {
      formal: {
        any: {
          kie2ws:
            'Nous sommes en ligne depuis {minutes} : je vous propose de regrouper les autres questions pour notre point hebdomadaire.',
          m4795w:
            'J’aimerais y consacrer l’attention que cela mérite : pouvons-nous en parler à notre prochain rendez-vous ?',
          kpfjqi:
            'Pour que le projet avance, faisons court quand nous nous appelons à l’improviste, et gardons le reste pour notre point hebdomadaire.',
          yy60cz:
            'Je n’ai pas les éléments pour entrer dans le détail maintenant. Laissez-moi regarder cela, et je reviens vers vous.',
        },
      },
      informal: {
        one: {
          kc5204:
            'Là, je n’ai pas les éléments pour entrer dans le détail. Laisse-moi regarder, et je reviens vers toi.',
        },
        group: {
          ygn3sg:
            'Là, je n’ai pas les éléments pour entrer dans le détail. Laissez-moi regarder, et je reviens vers vous.',
        },
        any: {
          kneya1:
            'On est en ligne depuis {minutes} : on regroupe les autres questions pour notre point de la semaine ?',
          y1b986:
            'J’aimerais vraiment prendre le temps de regarder ça : on en parle à notre prochain point ?',
          xhypyh:
            'Pour que le projet avance, on fait court quand on s’appelle à l’improviste, et on garde le reste pour le point hebdo ?',
        },
      },
    },
    3: {
      formal: {
        any: {
          du8bnr:
            'Voilà {minutes} que nous échangeons, et je dois me remettre au travail. Reprenons ce point à notre prochain rendez-vous.',
          qxl075:
            'Je vais devoir m’arrêter là : envoyez-moi le reste par e-mail, et je le traiterai lors de notre point hebdomadaire.',
          nm3kmr:
            'Pour préserver le temps que je consacre à votre projet, je vous propose de garder désormais ces sujets pour notre point hebdomadaire.',
          rbensl:
            'Je dois m’arrêter ici. Si vous avez souvent besoin de moi à l’improviste, il faudrait que nous parlions d’un tarif pour cette disponibilité.',
        },
      },
      informal: {
        one: {
          kt2ubn:
            'Je vais devoir m’arrêter là : envoie-moi le reste par mail, et je le traite à notre point hebdo.',
          nkgrkj:
            'Pour préserver le temps que je consacre à ton projet, on garde désormais ces sujets pour le point hebdo, d’accord ?',
          kts4fi:
            'Je dois m’arrêter ici. Si tu as souvent besoin de moi à l’improviste, il faudrait qu’on parle d’un tarif pour cette disponibilité.',
        },
        group: {
          mkdfxz:
            'Je vais devoir m’arrêter là : envoyez-moi le reste par mail, et je le traite au point hebdo.',
          pq2fgk:
            'Pour préserver le temps que je consacre au projet, on garde désormais ces sujets pour le point hebdo, d’accord ?',
          g04rpi:
            'Je dois m’arrêter ici. Si vous avez souvent besoin de moi à l’improviste, il faudrait qu’on parle d’un tarif pour cette disponibilité.',
        },
        any: {
          ktrbxs:
            'Ça fait {minutes} qu’on discute, et je dois me remettre au travail. On reprend ça à notre prochain rendez-vous.',
        },
      },
    },
  },
  hardTalk: {
    1: {
      formal: {
        group: {
          biod7g:
            'Je note les remarques de chacun, et je prendrai le temps de les examiner avant de vous répondre.',
        },
        any: {
          d8q6vt: 'J’entends bien ce que vous me dites. Laissez-moi un instant pour y réfléchir.',
          w2wgo0:
            'Merci de me le dire aussi franchement. Voulez-vous que nous fassions une courte pause avant de continuer ?',
          g2isgt:
            'C’est important. Je préfère vous donner une vraie réponse plutôt qu’une réponse improvisée.',
          fvqa4r:
            'Je vois que ce sujet vous tient à cœur. Nous ne sommes pas obligés de tout régler maintenant : prenons le temps d’y revenir à tête reposée.',
        },
      },
      informal: {
        one: {
          zcswkm: 'J’entends bien ce que tu me dis. Laisse-moi un instant pour y réfléchir.',
          svi52n:
            'Merci de me le dire aussi franchement. Tu veux qu’on fasse une petite pause avant de continuer ?',
          ho1vnj: 'C’est important. Je préfère te donner une vraie réponse plutôt qu’une réponse à chaud.',
          q9m515:
            'Je vois que ça te tient à cœur. On n’est pas obligés de tout régler maintenant : on prend le temps d’y revenir à tête reposée ?',
        },
        group: {
          ugdvk1: 'OK, je vois bien ce que vous voulez dire. Laissez-moi une seconde pour y réfléchir.',
          pmni1q: 'Merci de me parler aussi franchement. On fait une petite pause avant de continuer ?',
          nkbcvz:
            'Je vois que ça vous tient à cœur. On n’est pas obligés de tout régler maintenant : on prend le temps d’y revenir à tête reposée ?',
          diep2j: 'Je note ce que chacun a dit ; laissez-moi le temps de digérer tout ça.',
        },
      },
    },
    2: {
      formal: {
        any: {
          eqbxdo:
            'Je ne souhaite pas vous répondre dans la précipitation. Puis-je revenir vers vous demain avec une réponse réfléchie ?',
          ixo8ec:
            'Restons-en là pour le moment. Je vais y réfléchir, et je vous ferai une proposition claire.',
          u4d7ld:
            'Je tiens à bien faire les choses. Je résume ce que j’ai entendu, et je vous fais un retour par écrit.',
          eg67cz:
            'Le sujet « {item} » mérite plus de temps que nous n’en avons. Pouvons-nous prévoir un autre échange ?',
        },
      },
      informal: {
        one: {
          p9wks7:
            'Je ne veux pas te répondre à la va-vite. Je reviens vers toi demain avec une réponse réfléchie, ça te va ?',
          j5le2t:
            'On en reste là pour le moment. Je vais y réfléchir, et je te ferai une proposition claire.',
          aeib9g:
            'Je tiens à bien faire les choses. Je résume ce que j’ai entendu, et je te fais un retour par écrit.',
        },
        group: {
          q3ufru:
            'Je ne veux pas vous répondre à la va-vite. Je reviens vers vous demain avec une réponse réfléchie, ça vous va ?',
          nsoqcx:
            'On en reste là pour le moment : je vais y réfléchir, et je vous ferai une proposition claire.',
          ixiudk:
            'Je tiens à bien faire les choses : je résume ce que j’ai entendu, et je vous fais un retour par écrit.',
        },
        any: {
          a8cjum: 'Le sujet « {item} » mérite plus de temps qu’on n’en a là. On prévoit un autre échange ?',
        },
      },
    },
    3: {
      formal: {
        one: {
          c9l13x:
            '{name}, arrêtons-nous ici sur « {item} », et reprenons la discussion quand chacun aura eu le temps d’y réfléchir.',
        },
        group: {
          ewj6wx:
            'Je vous propose d’en rester là sur « {item} » aujourd’hui : chacun y réfléchit, et nous en reparlons à tête reposée.',
        },
        any: {
          knaigc:
            'Arrêtons-nous là pour aujourd’hui. Je vous enverrai ma réponse par écrit d’ici la fin de la semaine.',
          keizlq:
            'Je préfère ne pas trancher sur-le-champ. Je reviendrai vers vous une fois que j’y aurai bien réfléchi.',
          pjzv5i:
            'Nous avons abordé beaucoup de choses. Laissez-moi un peu de temps, et je donnerai suite à tout ce que je vous ai promis.',
        },
      },
      informal: {
        one: {
          kst54t:
            'On s’arrête là pour aujourd’hui. Je t’envoie ma réponse par écrit d’ici la fin de la semaine.',
          coh5kc: 'Je préfère ne pas trancher à chaud. Je reviens vers toi quand j’y aurai bien réfléchi.',
          cmsh7z:
            'On a abordé beaucoup de choses. Laisse-moi un peu de temps, et je m’occupe de tout ce que je t’ai promis.',
          glhtke:
            '{name}, on s’arrête là sur « {item} », et on en reparle quand on aura eu le temps d’y réfléchir, chacun de notre côté.',
        },
        group: {
          fadovz:
            'On s’arrête là pour aujourd’hui. Je vous envoie ma réponse par écrit d’ici la fin de la semaine.',
          zqtz5h: 'Je préfère ne pas trancher à chaud. Je reviens vers vous quand j’y aurai bien réfléchi.',
          twilmy:
            'On a abordé beaucoup de choses. Laissez-moi un peu de temps, et je m’occupe de tout ce que je vous ai promis.',
          yarbv5:
            'On en reste là sur « {item} » pour aujourd’hui : chacun y réfléchit de son côté, et on en reparle à tête reposée.',
        },
      },
    },
  },
  turnLong: {
    1: {
      formal: {
        one: {
          panqmk: 'Merci, {name}, c’est très intéressant. Voyons maintenant ce qu’en pensent les autres.',
          jh4u1n:
            '{name}, c’est très utile. Puis-je vous arrêter un instant pour entendre d’autres avis sur « {item} » ?',
          pedkcp: 'Merci beaucoup, {name}. Laissons les autres réagir, et vous pourrez compléter ensuite.',
          ac122x: 'Merci, {name}. Écoutons maintenant {nextName}.',
        },
      },
      informal: {
        one: {
          b3w4az: 'Merci, {name}, c’est très intéressant. Voyons maintenant ce qu’en pensent les autres.',
          d4q6rw:
            '{name}, c’est très utile. Je peux t’arrêter un instant pour entendre d’autres avis sur « {item} » ?',
          hw6ufp: 'Merci, {name}. On laisse les autres réagir, et tu pourras compléter après.',
          cksqmt: 'Merci, {name}. Écoutons maintenant {nextName}.',
        },
      },
    },
    2: {
      formal: {
        one: {
          m9qooa: '{name}, pourriez-vous résumer en une phrase ? J’aimerais laisser de la place aux autres.',
          vvb0ew:
            'Je vous interromps un instant, {name} : je tiens à ce que chacun puisse s’exprimer sur « {item} ».',
          jcnwr6: '{name}, pouvons-nous garder la suite pour plus tard et écouter d’abord les autres ?',
          ccrl2z: '{name}, laissons la parole à {nextName} un instant, puis nous revenons vers vous.',
        },
      },
      informal: {
        one: {
          z3t1c1: '{name}, tu peux résumer en une phrase ? J’aimerais laisser de la place aux autres.',
          yq7rg3:
            'Je t’interromps un instant, {name} : je tiens à ce que chacun puisse s’exprimer sur « {item} ».',
          kjf1k0: '{name}, on garde la suite pour plus tard et on écoute d’abord les autres ?',
          a2gpwz: '{name}, laissons la parole à {nextName} un instant, puis on revient vers toi.',
        },
      },
    },
    3: {
      formal: {
        one: {
          bai8z3: '{name}, je vais devoir vous arrêter ici pour que les autres aient aussi leur tour.',
          jcraj3: 'Merci, {name} ; nous devons avancer. Qui d’autre souhaite intervenir ?',
          q1vvwv: '{name}, on va s’arrêter là pour le moment ; pourriez-vous m’envoyer la suite par écrit ?',
          ca3di1: 'Merci, {name}, je vous arrête ici : la parole est à {nextName}.',
        },
      },
      informal: {
        one: {
          g2w4zt: '{name}, je vais devoir t’arrêter ici pour que les autres aient aussi leur tour.',
          awc8ua: 'Merci, {name} ; on doit avancer. Qui d’autre veut intervenir ?',
          nzwexa: '{name}, on va s’arrêter là pour le moment ; tu pourrais m’envoyer la suite par écrit ?',
          dhzxjs: 'Merci, {name}, je t’arrête ici : la parole est à {nextName}.',
        },
      },
    },
  },
  quietInvite: {
    1: {
      formal: {
        one: {
          bas5nl: '{name}, souhaitez-vous ajouter quelque chose ?',
          yezkfl: '{name}, j’aimerais bien savoir ce que vous pensez du point « {item} ».',
          uqphyx: '{name}, comment voyez-vous les choses de votre côté ?',
        },
      },
      informal: {
        one: {
          j0b6rz: '{name}, tu veux ajouter quelque chose ?',
          rw2phm: '{name}, j’aimerais bien savoir ce que tu penses du point « {item} ».',
          j0ag88: '{name}, comment tu vois les choses de ton côté ?',
        },
      },
    },
    2: {
      formal: {
        one: {
          xdlgnr: '{name}, j’aimerais beaucoup avoir votre avis sur « {item} » avant qu’on aille plus loin.',
          oivdsj: '{name}, est-ce qu’on passe à côté de quelque chose, à votre avis ?',
          zz2yg5: '{name}, et vous, qu’en pensez-vous ?',
        },
      },
      informal: {
        one: {
          ni59ue: '{name}, j’aimerais beaucoup avoir ton avis sur « {item} » avant qu’on aille plus loin.',
          o04hkp: '{name}, est-ce qu’on passe à côté de quelque chose, d’après toi ?',
          iv400e: '{name}, et toi, tu en penses quoi ?',
        },
      },
    },
    3: {
      formal: {
        one: {
          efow30:
            'Avant de décider quoi que ce soit, j’aimerais avoir l’avis de tout le monde. {name}, qu’en dites-vous ?',
          waspu4: '{name}, je ne voudrais pas avancer sans connaître votre avis sur « {item} ».',
          to38ak:
            '{name}, je vous passe la parole si vous le voulez bien : même un avis rapide nous aidera à trancher.',
        },
      },
      informal: {
        one: {
          uy6pfv:
            'Avant de décider quoi que ce soit, j’aimerais avoir l’avis de tout le monde. {name}, qu’est-ce que tu en dis ?',
          glljw6: '{name}, je ne voudrais pas avancer sans connaître ton avis sur « {item} ».',
          hyg8j1:
            '{name}, je te passe la parole si tu veux bien : même un avis rapide nous aidera à trancher.',
        },
      },
    },
  },
  roundHandover: {
    1: {
      formal: {
        one: {
          nzf36q: 'Merci, {name} ! La parole est à {nextName}.',
          dl09yy: 'Merci beaucoup, {name}, le temps passe vite ! Place à {nextName}.',
          evox29: 'Merci beaucoup, {name}, c’était très clair ; ça clôt votre tour.',
          u59kr5: 'Merci beaucoup, {name} ! Pour que chacun ait le même temps, on passe à la suite.',
        },
      },
      informal: {
        one: {
          ulot5j: 'Merci, {name} ! La parole est à {nextName}.',
          atg6ny: 'Merci beaucoup, {name}, le temps passe vite ! Place à {nextName}.',
          ilby7i: 'Merci beaucoup, {name}, c’était très clair ; ça clôt ton tour.',
          nohsp3: 'Merci beaucoup, {name} ! Pour que chacun ait le même temps, on passe à la suite.',
        },
      },
    },
    2: {
      formal: {
        one: {
          h4glje:
            '{name}, pourriez-vous conclure en une phrase ? Nous avons un peu dépassé le temps prévu pour chacun.',
          cerkjy: '{name}, un dernier mot, et nous passons à la suite.',
          r1a7md: '{name}, gardons le reste pour après le tour de table ; on passe à {nextName}.',
        },
      },
      informal: {
        one: {
          pzrz0g: '{name}, tu peux conclure en une phrase ? On a un peu dépassé le temps prévu pour chacun.',
          cyjw9o: '{name}, un dernier mot, et on passe à la suite.',
          vio5h0: '{name}, on garde le reste pour après le tour de table et on passe à {nextName}.',
        },
      },
    },
    3: {
      formal: {
        one: {
          b0zol7: '{name}, je dois vous arrêter ici pour que le tour de table reste équitable.',
          o95snc: 'Merci, {name} ; nous devons avancer. {nextName} prend le relais.',
          uvy12a:
            '{name}, nous allons nous arrêter là et reprendre le reste après le tour de table, pour rester dans les temps.',
        },
      },
      informal: {
        one: {
          q1oslm: '{name}, je dois t’arrêter ici pour que le tour de table reste équitable.',
          xby6t1: 'Merci, {name} ; on doit avancer. {nextName} prend le relais.',
          w29x9u:
            '{name}, on va s’arrêter là et reprendre le reste après le tour de table, pour rester dans les temps.',
        },
      },
    },
  },
  queueLong: {
    1: {
      formal: {
        group: {
          cbr5c4:
            'Il nous reste {minutes} pour « {item} », et {queue} souhaitent encore intervenir : soyons brefs.',
          avn1ab:
            'Petit rappel sur le temps : il nous reste {minutes} pour « {item} ». {queue}, un point chacun, s’il vous plaît.',
          o4uxw5:
            'Plusieurs personnes souhaitent encore intervenir et il nous reste {minutes} : commençons par ce qui doit être tranché aujourd’hui.',
        },
      },
      informal: {
        group: {
          ji40cj:
            'Il nous reste {minutes} pour « {item} », et {queue} veulent encore intervenir : on fait court.',
          ce6jvv:
            'Petit rappel : il nous reste {minutes} pour « {item} ». {queue}, un point chacun, s’il vous plaît.',
          g8k4rq:
            'Plusieurs personnes veulent encore intervenir et il nous reste {minutes} : on commence par ce qui doit vraiment être tranché aujourd’hui.',
        },
      },
    },
    2: {
      formal: {
        group: {
          jdyxju:
            'Il nous reste {minutes} : écoutons encore {queue}, un point chacun, et le reste par e-mail.',
          k6ecar:
            'Le temps prévu pour « {item} » touche à sa fin : {queue}, pourriez-vous vous en tenir à une phrase chacun ?',
          g26a95:
            'Pour que chacun puisse parler, évitons de revenir sur ce qui a déjà été dit : il nous reste {minutes}.',
        },
      },
      informal: {
        group: {
          dqolg1:
            'Il nous reste {minutes} : on écoute encore {queue}, un point chacun, et le reste par mail.',
          kmsqhr:
            'On arrive à la fin du point « {item} » : {queue}, vous pouvez vous limiter à une phrase chacun ?',
          kh24in:
            'Pour que tout le monde puisse parler, on évite de répéter ce qui a déjà été dit : il nous reste {minutes}.',
        },
      },
    },
    3: {
      formal: {
        group: {
          ci33jk:
            'Nous arrivons au bout du temps prévu pour « {item} ». {queue}, pourriez-vous m’envoyer vos points par écrit ?',
          ai77u5:
            'Je vais devoir clore les prises de parole ici : notons les points en suspens, nous y reviendrons après la réunion.',
          vmr1ab:
            'Nous devons avancer. Pour ceux qui attendaient encore leur tour : je ne vous oublie pas, je reviendrai vers chacun d’entre vous.',
          m9qel5:
            'Arrêtons-nous là pour « {item} » et passons à « {next} » ; je reprendrai les points restants ensuite.',
        },
      },
      informal: {
        group: {
          ed8ej0:
            'On arrive au bout du temps prévu pour « {item} ». {queue}, vous pouvez m’envoyer vos points par écrit ?',
          syg689:
            'On va devoir s’arrêter là pour les prises de parole : on note les points en suspens et on y revient après la réunion.',
          p5roll:
            'On doit avancer. Ceux qui attendaient encore leur tour, je ne vous oublie pas : je reviens vers chacun d’entre vous.',
          ruj6wp:
            'On s’arrête là pour « {item} » et on passe à « {next} » ; je récupère les points restants après.',
        },
      },
    },
  },
};
