import type { LocalePhrases } from '../phrase.types';

/** French lines. Formal = vous, informal = tu (lines to a group use the plural vous in both registers). */
export const fr: LocalePhrases = {
  chattyClient: {
    1: {
      formal: [
        'Ah, ça a l’air formidable ! Gardons la suite pour la fin de l’appel : j’ai d’abord quelques points à voir sur « {item} ».',
        'J’aimerais beaucoup en savoir plus. On le met de côté un instant et on y revient en fin d’appel ?',
        '{client}, quelle belle histoire ! Je vous propose de passer d’abord les points pratiques, et ensuite je vous écoute avec plaisir.',
        'C’est intéressant ! Mettons ça de côté un instant, je tiens à ce qu’on traite bien « {item} ».',
      ],
      informal: [
        'Ah, ça a l’air génial ! On garde la suite pour la fin de l’appel ? J’ai d’abord deux-trois points sur « {item} ».',
        'Tu me raconteras ça à la fin, j’ai hâte ! D’abord, j’ai quelques points pratiques à voir avec toi.',
        '{client}, j’adore l’histoire ! On boucle d’abord les sujets pro, et ensuite je t’écoute.',
        'Intéressant ! On met ça de côté deux minutes ? J’aimerais qu’on fasse bien le tour de « {item} ».',
      ],
    },
    2: {
      formal: [
        'Je ne voudrais pas que vous me payiez pour bavarder ! Et si on revenait au projet ?',
        'C’est un plaisir de discuter, mais le compteur tourne, et c’est à vos frais ! On revient à « {item} » ?',
        'Voilà {minutes} qu’on parle d’autre chose : je préfère que ce temps serve à votre projet. On revient à « {item} » ?',
        '{client}, je bavarderais volontiers encore, mais gardons votre heure pour le travail. Où en étions-nous sur « {item} » ?',
      ],
      informal: [
        'Je m’en voudrais de te facturer la causette ! On revient au projet ?',
        'J’adore discuter avec toi, mais le compteur tourne, et c’est toi qui paies ! On revient à « {item} » ?',
        'Ça fait {minutes} qu’on parle d’autre chose : autant que ce temps serve ton projet ! On reprend « {item} » ?',
        '{client}, on papotera une autre fois avec plaisir, mais là, c’est ton heure de travail. On en était où sur « {item} » ?',
      ],
    },
    3: {
      formal: [
        'Cela fait {minutes} que nous sommes hors sujet, soit {cost} de votre budget. Revenons à « {item} ».',
        'Je tiens à respecter votre budget : revenons maintenant à l’ordre du jour.',
        'Reprenons cette conversation une autre fois, j’aimerais qu’on termine « {item} » aujourd’hui.',
        'Je me permets de recentrer la discussion : il nous reste « {item} » à traiter.',
      ],
      informal: [
        'Ça fait {minutes} qu’on est hors sujet, soit {cost} de ton budget. On revient à « {item} ».',
        'Je tiens à respecter ton budget, alors on revient à l’ordre du jour maintenant.',
        'On reprendra cette discussion une autre fois : j’aimerais qu’on termine « {item} » aujourd’hui.',
        '{client}, je nous ramène au sujet : il nous reste « {item} » à voir.',
      ],
    },
  },
  groupDrift: {
    1: {
      formal: [
        'Très bonne remarque. Je la note, et nous y reviendrons en fin de réunion si le temps le permet.',
        'Ce sujet mérite une discussion à part. Et si nous revenions à « {item} » ?',
        'Notons-le pour ne pas le perdre, et revenons à « {item} ».',
        'Échange intéressant ! Pouvons-nous le poursuivre en dehors de la réunion et reprendre « {item} » ?',
      ],
      informal: [
        'Bonne remarque ! On la garde de côté et on y revient à la fin s’il reste du temps.',
        'Ça mériterait une discussion à part. On revient à « {item} » ?',
        'Je note ça pour ne pas l’oublier, et on reprend « {item} ».',
        'Sujet intéressant ! Vous pourriez en reparler après la réunion ? On reprend « {item} ».',
      ],
    },
    2: {
      formal: [
        'Cela fait {minutes} que nous parlons d’autre chose. Revenons à l’ordre du jour, pour respecter le temps de tout le monde.',
        'Je pense au temps de chacun : pourrions-nous poursuivre ce point en aparté et revenir à « {item} » ?',
        'Reprenons le fil : « {item} » est toujours ouvert, et ce sujet ne concerne pas tout le monde.',
        'Les personnes concernées pourraient-elles en reparler après la réunion ? Revenons à « {item} ».',
      ],
      informal: [
        'Ça fait {minutes} qu’on parle d’autre chose ! On revient à l’ordre du jour, le temps de tout le monde compte.',
        'Je pense au temps de chacun : vous continuez ça en aparté, et on revient à « {item} » ?',
        'On se recentre : « {item} » n’est pas bouclé, et ce sujet ne concerne pas tout le monde.',
        'Est-ce que les personnes concernées pourraient en reparler après l’appel ? On revient à « {item} ».',
      ],
    },
    3: {
      formal: [
        'Nous avons passé {minutes} hors de l’ordre du jour. Je nous ramène maintenant à « {item} ».',
        'Arrêtons-nous là et poursuivons ce sujet en dehors de la réunion : nous avons besoin du temps restant pour « {item} ».',
        'Pour ne pas déborder, je mets ce sujet de côté dès maintenant. Retour à « {item} ».',
        'Il faut avancer. Merci de poursuivre cette discussion après la réunion, et terminons « {item} ».',
      ],
      informal: [
        'On a passé {minutes} hors de l’ordre du jour. Là, je nous ramène à « {item} ».',
        'On s’arrête là et vous en reparlez après : on a besoin du temps qui reste pour « {item} ».',
        'Pour ne pas déborder, je mets ce sujet de côté. Retour à « {item} » !',
        'Il faut qu’on avance. Ce sujet-là, vous le reprenez après la réunion, et on termine « {item} ».',
      ],
    },
  },
  itemOverrun: {
    1: {
      formal: [
        'Nous arrivons au bout du temps prévu pour « {item} ». Pouvons-nous conclure ?',
        'Le temps prévu pour « {item} » est écoulé. Reste-t-il un point essentiel avant de passer à « {next} » ?',
        'Nous avons atteint le temps prévu pour ce point. Notons la décision et passons à la suite.',
        'Petit point horaire : nous sommes à la limite fixée pour « {item} ».',
      ],
      informal: [
        'On arrive au bout du temps prévu pour « {item} ». On conclut ?',
        'Le temps prévu pour « {item} » est écoulé. Tu vois un point essentiel à ajouter avant qu’on passe à « {next} » ?',
        'C’est l’heure pour ce point. On note la décision et on passe à la suite ?',
        'Petit point horaire : on est pile à la limite prévue pour « {item} ».',
      ],
    },
    2: {
      formal: [
        'Nous avons {minutes} de dépassement sur « {item} ». Pouvons-nous fixer les prochaines étapes et passer à « {next} » ?',
        'Bouclons « {item} » : nous débordons, et je voudrais garder du temps pour la suite.',
        'Ce point a dépassé son temps. Voulez-vous que je mette par écrit ce que nous avons décidé jusqu’ici, et que nous passions à la suite ?',
        'Pour tenir le planning, je propose de clore « {item} » ici et de poursuivre par e-mail.',
      ],
      informal: [
        'On a {minutes} de dépassement sur « {item} ». On fixe les prochaines étapes et on passe à « {next} » ?',
        'On boucle « {item} » ? On déborde, et je voudrais garder du temps pour le reste.',
        'On a dépassé le temps sur ce point. Je mets par écrit ce qu’on a décidé jusqu’ici, et on passe à la suite ?',
        'Pour tenir le planning, je te propose qu’on clôture « {item} » ici et qu’on continue par mail.',
      ],
    },
    3: {
      formal: [
        'Nous en sommes à {minutes} de dépassement sur « {item} ». Passons maintenant à « {next} ».',
        'Arrêtons « {item} » ici. Je vous enverrai un récapitulatif pour que rien ne se perde.',
        'Nous avons largement dépassé le temps prévu sur ce point. Mettons le reste de côté et avançons.',
        'Il faut avancer maintenant : si besoin, nous poursuivrons « {item} » lors d’un appel dédié.',
      ],
      informal: [
        'On a {minutes} de dépassement sur « {item} ». Là, on passe à « {next} ».',
        'On s’arrête là pour « {item} ». Je t’envoie un récap pour que rien ne se perde.',
        'On a largement dépassé sur ce point. On met le reste de côté et on avance.',
        'Il faut qu’on avance maintenant : si besoin, on reprendra « {item} » lors d’un appel à part.',
      ],
    },
  },
  capNear: {
    1: {
      formal: [
        'Petit rappel : il nous reste {minutes}. Assurons-nous de couvrir l’essentiel.',
        'Il nous reste environ {minutes} : quel est le point que vous tenez à régler aujourd’hui ?',
        'Pour information, nous avons encore {minutes} devant nous aujourd’hui.',
        '{client}, il nous reste {minutes} : et si nous passions en revue les points clés ?',
      ],
      informal: [
        'Petit rappel : il nous reste {minutes}. On s’assure de voir l’essentiel ?',
        'Il nous reste à peu près {minutes} : c’est quoi, le point que tu tiens à régler aujourd’hui ?',
        'Juste pour info, on a encore {minutes} devant nous.',
        '{client}, il nous reste {minutes} : on fait le tour des points clés ?',
      ],
    },
    2: {
      formal: [
        'Il nous reste {minutes}. Commençons à conclure et convenons des prochaines étapes.',
        'Plus que {minutes} : faisons la synthèse et décidons qui fait quoi.',
        'Le temps file. Je vous propose un récapitulatif des prochaines étapes.',
        'Il ne nous reste que {minutes} : si « {item} » n’est pas bouclé, gardons-le pour notre prochain appel.',
      ],
      informal: [
        'Il nous reste {minutes}. On commence à conclure et on fixe les prochaines étapes ?',
        'Plus que {minutes} : on fait la synthèse et on décide qui fait quoi.',
        'Le temps file ! Je te fais un récap des prochaines étapes.',
        'Il ne reste que {minutes} : si « {item} » n’est pas bouclé, on le garde pour notre prochain appel.',
      ],
    },
    3: {
      formal: [
        'Nous en sommes aux toutes dernières minutes. Je récapitule rapidement, puis nous clôturons.',
        'Il nous reste {minutes} : concluons ici.',
        'C’est presque l’heure. Je vous enverrai une synthèse après l’appel.',
        '{client}, arrêtons-nous ici : je vous ferai un suivi écrit sur tout ce qui reste ouvert.',
      ],
      informal: [
        'On est dans les toutes dernières minutes. Je récapitule vite, et on clôture.',
        'Il nous reste {minutes} : on s’arrête là.',
        'C’est presque l’heure. Je t’envoie une synthèse après l’appel.',
        '{client}, on s’arrête ici : je te fais un suivi écrit sur tout ce qui reste en suspens.',
      ],
    },
  },
  capPassed: {
    1: {
      formal: [
        'Nous arrivons au terme du temps prévu. Concluons ici, je vous enverrai un récapitulatif.',
        'C’est l’heure. Et si nous terminions par les prochaines étapes ?',
        'Nous avons atteint le temps que nous nous étions fixé. Y a-t-il un point urgent avant de clore ?',
        '{client}, le temps prévu est écoulé : je vous ferai un suivi par e-mail pour le reste.',
      ],
      informal: [
        'On arrive au bout du temps prévu. On conclut ici, et je t’envoie un récap.',
        'C’est l’heure ! On finit par les prochaines étapes ?',
        'On a atteint le temps qu’on s’était fixé. Un point urgent avant de clore ?',
        '{client}, le temps prévu est écoulé : je te fais un suivi par mail pour le reste.',
      ],
    },
    2: {
      formal: [
        'Nous avons déjà dépassé l’horaire de {minutes}. Clôturons maintenant et reprenons le reste la prochaine fois.',
        'Je dois faire attention à l’heure : arrêtons-nous ici et poursuivons lors de notre prochain appel.',
        'Nous avons débordé. Je vous envoie un récapitulatif, et nous pourrons régler le reste par e-mail.',
        'Je vais devoir conclure, j’ai un autre engagement. Poursuivons la prochaine fois.',
      ],
      informal: [
        'On a déjà dépassé l’horaire de {minutes}. On s’arrête maintenant et on reprend le reste la prochaine fois.',
        'Je dois faire attention à l’heure : on s’arrête là et on continue au prochain appel.',
        'On a débordé. Je t’envoie un récap, et on règle le reste par mail.',
        'Je vais devoir conclure, j’enchaîne sur autre chose. On continue la prochaine fois ?',
      ],
    },
    3: {
      formal: [
        'Nous avons {minutes} de dépassement. Je dois mettre fin à l’appel ici ; je vous envoie les prochaines étapes.',
        'Excusez-moi, je dois vraiment vous laisser maintenant. Fixons un autre rendez-vous pour la suite.',
        'Arrêtons-nous ici. Tout ce qui reste ouvert passera à l’ordre du jour de notre prochain appel.',
        '{client}, je dois m’arrêter ici. Je vous envoie une synthèse, et nous reprendrons le reste la prochaine fois.',
      ],
      informal: [
        'On a {minutes} de dépassement, je dois te laisser. Je t’envoie les prochaines étapes.',
        'Pardon, mais là, je dois vraiment filer. On cale un autre créneau pour la suite ?',
        'On s’arrête ici. Tout ce qui reste ouvert, on le met à l’ordre du jour du prochain appel.',
        '{client}, je dois m’arrêter là. Je t’envoie une synthèse, et on reprend le reste la prochaine fois.',
      ],
    },
  },
  chatAtEnd: {
    1: {
      formal: [
        'Ça m’a fait très plaisir de prendre de vos nouvelles ! Je retourne maintenant travailler sur votre projet.',
        '{client}, c’était un plaisir d’échanger. Je me remets à votre projet pour qu’il soit prêt à temps.',
        'Merci pour cet échange ! Je vous laisse, et je m’attaque à ce dont nous avons parlé.',
        'C’est toujours agréable de discuter avec vous. Je m’occupe tout de suite des prochaines étapes.',
      ],
      informal: [
        'Ça m’a fait plaisir de prendre de tes nouvelles ! Je retourne bosser sur ton projet.',
        '{client}, super de discuter avec toi. Je m’y remets pour que ton projet soit prêt à temps.',
        'Merci pour la discussion ! Je te laisse, et je m’attaque à ce qu’on s’est dit.',
        'C’est toujours sympa de papoter avec toi. Je m’occupe tout de suite des prochaines étapes.',
      ],
    },
    2: {
      formal: [
        'Je vais vous laisser… et me remettre à votre projet !',
        'C’était très agréable, mais votre projet ne va pas avancer tout seul ! À bientôt.',
        'Je vous laisse à votre journée, et moi, je retourne à votre projet.',
        'Gardons la suite pour la prochaine fois : j’aimerais avancer sur votre dossier dès aujourd’hui.',
      ],
      informal: [
        'Bon, je vais te laisser… et me remettre à ton projet !',
        'C’était sympa, mais ton projet ne va pas se faire tout seul ! À très vite.',
        'Je te laisse à ta journée, et moi, je retourne à ton projet.',
        'On garde la suite pour la prochaine fois : j’aimerais avancer sur ton projet dès aujourd’hui.',
      ],
    },
    3: {
      formal: [
        'Je dois vraiment vous laisser maintenant. Je reviens très vite vers vous avec des nouvelles de votre projet.',
        'Il faut que je m’arrête ici. À bientôt, je vous tiens au courant de l’avancement.',
        'Je dois y aller. Merci encore, vous aurez très vite de mes nouvelles.',
        '{client}, je vous dis au revoir ici : mon prochain appel commence.',
      ],
      informal: [
        'Là, je dois vraiment te laisser. Je reviens vite vers toi avec des nouvelles de ton projet.',
        'Il faut que je m’arrête là. À bientôt, je te tiens au courant !',
        'Je dois filer. Merci encore, tu auras vite de mes nouvelles.',
        '{client}, je te dis au revoir ici : mon prochain appel commence.',
      ],
    },
  },
  adhocCall: {
    1: {
      formal: [
        'Avec plaisir. Pouvons-nous garder le reste pour notre point hebdomadaire, afin que je puisse me remettre à votre projet ?',
        'Merci d’avoir appelé. Faisons court, si vous le voulez bien, et voyons les détails lors de notre prochain point.',
        'Je le note, et nous le verrons en détail lors de notre prochain appel prévu.',
        '{client}, pouvons-nous garder la suite pour notre point habituel ? Je suis en plein dans votre projet.',
      ],
      informal: [
        'Avec plaisir ! On garde le reste pour notre point de la semaine ? Comme ça, je me remets sur ton projet.',
        'Merci d’avoir appelé. On fait court, et on voit les détails au prochain point ?',
        'Je note ça, et on le verra en détail à notre prochain appel prévu.',
        '{client}, on garde la suite pour notre point habituel ? Je suis en plein dans ton projet.',
      ],
    },
    2: {
      formal: [
        'Cela fait déjà {minutes} que nous sommes en ligne. Regroupons les autres questions pour notre point hebdomadaire.',
        'J’aimerais y consacrer l’attention que cela mérite : pouvons-nous le voir lors de notre appel prévu ?',
        'Pour que votre projet avance, gardons ces appels imprévus courts et réservons le reste à notre point de la semaine.',
        'Je n’ai pas les éléments pour entrer dans le détail maintenant. Laissez-moi regarder cela, et je reviens vers vous.',
      ],
      informal: [
        'Ça fait déjà {minutes} qu’on est en ligne. On regroupe les autres questions pour notre point de la semaine ?',
        'J’aimerais y consacrer vraiment du temps : on le voit à notre appel prévu ?',
        'Pour que ton projet avance, gardons ces appels imprévus courts et réservons le reste au point hebdo.',
        'Là, je n’ai pas les éléments pour entrer dans le détail. Laisse-moi regarder, et je reviens vers toi.',
      ],
    },
    3: {
      formal: [
        'Voilà {minutes} que nous échangeons, et je dois retourner travailler. Reprenons ce point lors de notre prochain appel prévu.',
        'Je vais devoir m’arrêter là : envoyez-moi le reste par e-mail, et je le traiterai lors de notre point hebdomadaire.',
        'Ces appels imprévus grignotent le temps que je consacre à votre projet. Désormais, tenons-nous-en à notre point hebdomadaire.',
        'Je dois m’arrêter ici. Si vous avez souvent besoin de moi à l’improviste, il faudrait que nous parlions d’un tarif pour cette disponibilité.',
      ],
      informal: [
        'Ça fait {minutes} qu’on discute, et je dois me remettre au travail. On reprend ça à notre prochain appel prévu.',
        'Je vais devoir m’arrêter là : envoie-moi le reste par mail, et je le traite à notre point hebdo.',
        'Ces appels imprévus grignotent le temps que je consacre à ton projet. Désormais, on s’en tient à notre point hebdo.',
        'Je dois m’arrêter ici. Si tu as souvent besoin de moi à l’improviste, il faudrait qu’on parle d’un tarif pour cette disponibilité.',
      ],
    },
  },
  hardTalk: {
    1: {
      formal: [
        'Je vous entends. Laissez-moi un instant pour y réfléchir.',
        'Merci de me le dire aussi franchement. Puis-je prendre une minute avant de vous répondre ?',
        'C’est important. Je préfère vous donner une vraie réponse plutôt qu’une réponse rapide.',
        'Pour bien vous comprendre, pourriez-vous m’en dire un peu plus ?',
      ],
      informal: [
        'Je t’entends. Laisse-moi un instant pour y réfléchir.',
        'Merci de me le dire aussi franchement. Je peux prendre une minute avant de te répondre ?',
        'C’est important. Je préfère te donner une vraie réponse plutôt qu’une réponse à chaud.',
        'Pour bien te comprendre, tu peux m’en dire un peu plus ?',
      ],
    },
    2: {
      formal: [
        'Je ne souhaite pas vous répondre dans la précipitation. Puis-je revenir vers vous demain avec une réponse réfléchie ?',
        'Faisons une pause ici. Je vais y réfléchir et revenir vers vous avec une proposition claire.',
        'Je tiens à bien faire les choses. Je résume ce que j’ai entendu, et je vous fais un retour par écrit.',
        'Le sujet « {item} » mérite plus de temps que nous n’en avons. Pouvons-nous prévoir un autre échange ?',
      ],
      informal: [
        'Je ne veux pas te répondre à la va-vite. Je reviens vers toi demain avec une réponse réfléchie, ça te va ?',
        'Faisons une pause. Je vais y réfléchir et revenir vers toi avec une proposition claire.',
        'Je tiens à bien faire les choses. Je résume ce que j’ai entendu, et je te fais un retour par écrit.',
        'Le sujet « {item} » mérite plus de temps qu’on n’en a là. On prévoit un autre échange ?',
      ],
    },
    3: {
      formal: [
        'Arrêtons-nous là pour aujourd’hui. Je vous enverrai ma réponse par écrit d’ici la fin de la semaine.',
        'Je préfère ne pas trancher sur-le-champ. Je reviendrai vers vous une fois que j’y aurai bien réfléchi.',
        'Nous avons abordé beaucoup de choses. Laissez-moi un peu de temps, et je donnerai suite à tout ce que je vous ai promis.',
        '{client}, arrêtons-nous ici sur « {item} » et reprenons-le quand nous aurons eu le temps d’y réfléchir, de part et d’autre.',
      ],
      informal: [
        'On s’arrête là pour aujourd’hui. Je t’envoie ma réponse par écrit d’ici la fin de la semaine.',
        'Je préfère ne pas trancher à chaud. Je reviens vers toi quand j’y aurai bien réfléchi.',
        'On a abordé beaucoup de choses. Laisse-moi un peu de temps, et je donnerai suite à tout ce que je t’ai promis.',
        '{client}, on s’arrête là sur « {item} », et on en reparle quand on aura eu le temps d’y réfléchir, de part et d’autre.',
      ],
    },
  },
};
