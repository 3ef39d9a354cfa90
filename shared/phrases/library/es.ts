import type { LocalePhrases } from '../phrase.types';

/** Spanish lines (neutral international). Formal = usted, informal = tú; groups = ustedes in both (no vosotros). */
export const es: LocalePhrases = {
  chattyClient: {
    1: {
      formal: {
        euz28e:
          'Qué interesante. Si le parece, lo retomamos al final de la llamada; antes quisiera repasar unos puntos sobre «{item}».',
        oj8nar:
          'Me encantaría que me lo contara con calma. ¿Lo dejamos para el final y vemos primero «{item}»?',
        wpl8ps:
          '{client}, qué buena historia. Déjeme avanzar primero con los temas de trabajo y luego me la cuenta con calma.',
        ubh8vy: '¡Qué curioso! Dejémoslo aparte un momento: quiero asegurarme de que veamos bien «{item}».',
      },
      informal: {
        eoadl3:
          'Qué interesante. ¿Lo retomamos al final de la llamada? Antes quiero repasar un par de cosas de «{item}».',
        kt8opx:
          'Me encantaría que me lo contaras con calma. ¿Lo dejamos para el final y vemos primero «{item}»?',
        rhoyhm:
          '{client}, qué buena historia. Déjame avanzar con los temas de trabajo y luego me la cuentas con calma.',
        k6qbk8: '¡Qué curioso! Lo dejamos aparte un momento, que quiero ver bien «{item}» contigo.',
      },
    },
    2: {
      formal: {
        xdxf44: 'Me imagino que no querrá pagarme las horas de charla. ¿Volvemos al proyecto?',
        p9i7lx:
          'Me encanta esta charla, pero el taxímetro sigue corriendo, y corre por su cuenta. ¿Volvemos a «{item}»?',
        ofcb67:
          'Llevamos {minutes} hablando de otras cosas; prefiero dedicar ese tiempo a su proyecto. ¿Volvemos a «{item}»?',
        o3fnc6:
          '{client}, otro día charlamos con más calma, pero aprovechemos su hora para el trabajo. ¿Dónde nos habíamos quedado con «{item}»?',
      },
      informal: {
        kf07f6: 'Me imagino que no querrás pagarme las horas de charla. ¿Volvemos al proyecto?',
        hwomo7:
          'Me encanta esta charla, pero el taxímetro sigue corriendo, y corre por tu cuenta. ¿Volvemos a «{item}»?',
        hr8nex:
          'Llevamos {minutes} hablando de otras cosas y prefiero dedicar ese tiempo a tu proyecto. ¿Volvemos a «{item}»?',
        kng97o:
          '{client}, otro día charlamos con más calma, pero aprovechemos tu hora para el trabajo. ¿En qué íbamos con «{item}»?',
      },
    },
    3: {
      formal: {
        jkwedl:
          'Llevamos {minutes} hablando de otra cosa, y eso ya son {cost} de su presupuesto. Volvamos a «{item}».',
        kxuvsr: 'Quiero cuidar su presupuesto, así que volvamos ya a los temas de la reunión.',
        ad1m7b: 'Dejemos esto para otro momento: quiero que hoy podamos cerrar «{item}».',
        fjfqt5: '{client}, tengo que reconducir la conversación: aún nos queda por ver «{item}».',
      },
      informal: {
        auicax:
          'Llevamos {minutes} hablando de otra cosa, y eso ya son {cost} de tu presupuesto. Volvamos a «{item}».',
        qs81px: 'Quiero cuidar tu presupuesto, así que volvamos ya a lo que teníamos previsto.',
        kgssgk: 'Dejemos esto para otro día: quiero que hoy cerremos «{item}».',
        inclwt: '{client}, tengo que reconducir la conversación: todavía nos queda «{item}».',
      },
    },
  },
  groupDrift: {
    1: {
      formal: {
        mv9ycf: 'Buen punto. Lo dejamos pendiente y, si queda tiempo, lo retomamos al final.',
        ki047a: 'Eso merece una conversación aparte. ¿Les parece si volvemos a «{item}»?',
        kuxehk: 'Lo anoto para que no se pierda y, si les parece, volvemos a «{item}».',
        ivhaqe: 'Es un tema interesante, pero ¿podrían comentarlo aparte? Así retomamos «{item}».',
      },
      informal: {
        ds0ucm: '¡Buen punto! Lo dejamos pendiente y, si nos sobra tiempo, lo vemos al final.',
        khuq9q: 'Eso da para otra conversación. ¿Volvemos a «{item}»?',
        xo77zj: 'Me lo apunto para que no se nos olvide, y volvemos a «{item}».',
        p4prcq: 'Qué interesante. ¿Lo hablamos luego por separado y seguimos con «{item}»?',
      },
    },
    2: {
      formal: {
        f2x7c5:
          'Llevamos {minutes} fuera del tema. Volvamos a lo previsto para aprovechar bien el tiempo de todo el grupo.',
        k6oswt: 'Quiero cuidar el tiempo de todo el grupo: ¿podemos tratar esto aparte y volver a «{item}»?',
        j84l4n: 'Retomemos el hilo: «{item}» sigue pendiente, y este tema no afecta a todo el grupo.',
        jazn76:
          '¿Podrían las personas implicadas seguir con esto después de la reunión? Volvamos a «{item}».',
      },
      informal: {
        weq13e:
          'Gente, llevamos {minutes} fuera del guion. Volvamos a lo previsto, que el tiempo de todo el grupo cuenta.',
        txujqr: 'Ojo con el tiempo de todo el grupo: ¿lo hablan luego aparte y volvemos a «{item}»?',
        l4gua8: 'Volvamos al hilo: «{item}» sigue pendiente y este tema solo afecta a algunas personas.',
        wkuq34: '¿Y si quienes están en este tema lo siguen después de la llamada? Volvamos a «{item}».',
      },
    },
    3: {
      formal: {
        kf7ryz: 'Llevamos {minutes} fuera de lo previsto. Ahora sí, volvamos a «{item}».',
        xiubyk:
          'Vamos a dejarlo aquí y tratarlo por separado: necesitamos el tiempo que queda para «{item}».',
        kor9ja: 'Por respeto al tiempo de todo el grupo, cierro este tema aquí. Volvamos a «{item}».',
        p5lbkl:
          'Tenemos que avanzar. Les pido que traten este tema aparte para que podamos terminar «{item}».',
      },
      informal: {
        vv1eje: 'Ya llevamos {minutes} con otro tema. Lo corto aquí y volvemos a «{item}».',
        wt76fh: 'Lo dejamos aquí y lo hablan aparte: el tiempo que queda es para «{item}».',
        bzegd4: 'Para no hacerle perder el tiempo a nadie, cierro este tema aquí. Seguimos con «{item}».',
        gv1rg7: 'Tenemos que seguir. Este tema, mejor por separado; vamos a terminar «{item}».',
      },
    },
  },
  itemOverrun: {
    1: {
      formal: {
        ki58sw: 'Se nos acaba el tiempo previsto para «{item}». ¿Lo vamos cerrando?',
        c0ze8m: 'Se acabó el tiempo para «{item}». ¿Queda algo imprescindible antes de pasar a «{next}»?',
        wgmk9i: 'Estamos en el tiempo previsto para este punto. Anotemos la decisión y sigamos.',
        kz5lao: 'Solo un aviso rápido: el tiempo de «{item}» ya se cumplió.',
      },
      informal: {
        rr2k07: 'Se nos acaba el tiempo que teníamos para «{item}». ¿Lo vamos cerrando?',
        lsg7ry: 'Se acabó el tiempo para «{item}». ¿Falta algo clave antes de pasar a «{next}»?',
        k3t4a4: 'Ya estamos en el tiempo previsto para este punto. Apuntamos la decisión y seguimos.',
        sra21f: 'Un aviso rápido: con «{item}» ya estamos en el tiempo que le habíamos dado.',
      },
    },
    2: {
      formal: {
        xrun77: 'Llevamos {minutes} de más en «{item}». ¿Acordamos los próximos pasos y pasamos a «{next}»?',
        kj8ckk:
          'Vayamos cerrando «{item}»: nos estamos pasando de tiempo y quiero dejar espacio para lo demás.',
        kn40qu: 'Este punto ya se pasó de tiempo. ¿Le parece bien si resumo lo que tenemos y seguimos?',
        gn83vl: 'Para no atrasarnos, cerremos aquí «{item}» y terminemos de verlo por correo.',
      },
      informal: {
        y3z6sl:
          'Llevamos {minutes} de más con «{item}». ¿Acordamos los siguientes pasos y pasamos a «{next}»?',
        rffn7x: 'Vamos cerrando «{item}», que nos estamos pasando y quiero dejar tiempo para lo demás.',
        b4njuv: 'Con este punto ya nos pasamos de tiempo. ¿Te parece si resumo lo que tenemos y seguimos?',
        kp02rk: 'Para no atrasarnos, cerramos aquí «{item}» y lo terminamos por correo.',
      },
    },
    3: {
      formal: {
        prxutv: 'Llevamos {minutes} de más en «{item}». Pasemos ahora a «{next}».',
        yftk13: 'Dejemos «{item}» aquí. Le enviaré un resumen para que no se pierda nada.',
        x3ea21: 'Nos hemos pasado bastante de tiempo en este punto. Dejemos el resto pendiente y sigamos.',
        uieluv: 'Tenemos que avanzar: si hace falta, seguimos con «{item}» en otra llamada.',
      },
      informal: {
        v7dsjg: 'Llevamos {minutes} de más con «{item}». Pasamos ya a «{next}».',
        kwmdhy: 'Dejamos «{item}» aquí. Te mando un resumen para que no se pierda nada.',
        i9uu4j: 'Con este punto nos pasamos bastante. Dejamos lo que falta pendiente y seguimos.',
        k2gtg6: 'Hay que seguir: si hace falta, «{item}» lo vemos en otra llamada.',
      },
    },
  },
  capNear: {
    1: {
      formal: {
        mf0z2q: 'Un apunte sobre la hora: nos quedan {minutes}. Asegurémonos de tratar lo más importante.',
        u7iibw: 'Nos quedan unos {minutes}. ¿Qué es lo que más le interesa dejar resuelto hoy?',
        es8n4s: 'Solo para que lo tenga presente: nos quedan {minutes} de reunión.',
        l091q6: '{client}, nos quedan {minutes}. ¿Repasamos los puntos clave?',
      },
      informal: {
        wgsoal: 'Aviso de tiempo: nos quedan {minutes}. Vamos a lo más importante.',
        js3fol: 'Nos quedan unos {minutes}. ¿Qué es lo que más te interesa dejar resuelto hoy?',
        f8uh71: 'Para que lo tengas en cuenta: nos quedan {minutes} de llamada.',
        bjz0wq: '{client}, nos quedan {minutes}. ¿Repasamos lo principal?',
      },
    },
    2: {
      formal: {
        g03cod: 'Nos quedan {minutes}. Empecemos a cerrar y acordemos los próximos pasos.',
        kf5fmi: 'Solo quedan {minutes}: resumamos y definamos quién se encarga de qué.',
        k9mkhf: 'Se nos acaba el tiempo. Le resumo los próximos pasos.',
        wvnjio: 'Con {minutes} por delante, dejemos lo demás para la próxima llamada.',
      },
      informal: {
        kkhrtq: 'Nos quedan {minutes}. Vamos cerrando y acordamos los siguientes pasos.',
        nlav5v: 'Solo quedan {minutes}: resumimos y vemos quién se encarga de qué.',
        uep2tu: 'Se nos acaba el tiempo. Te resumo los siguientes pasos.',
        sgikpk: 'Con {minutes} por delante, lo demás lo dejamos para la próxima llamada.',
      },
    },
    3: {
      formal: {
        mze72e: 'Estamos en los últimos minutos. Hago un resumen rápido y cerramos.',
        j0a13z: 'En {minutes} se nos acaba el tiempo: cerremos aquí.',
        sqxpf1: 'Ya casi no tenemos tiempo. Le enviaré un resumen después de la llamada.',
        op41h5: 'Terminemos aquí; le escribiré sobre lo que haya quedado pendiente.',
      },
      informal: {
        notapc: 'Son los últimos minutos. Hago un resumen rápido y cerramos.',
        nrg2kp: 'En {minutes} se nos acaba el tiempo, así que lo dejamos aquí.',
        j75cv5: 'Ya casi no hay tiempo. Te mando un resumen después de la llamada.',
        fwnloq: 'Terminamos aquí; te escribo sobre lo que quede pendiente.',
      },
    },
  },
  capPassed: {
    1: {
      formal: {
        rh4sjw: 'Ya es la hora de terminar. Cerremos aquí y le envío un resumen.',
        kmm0ft: 'Se nos acabó el tiempo. ¿Cerramos con los próximos pasos?',
        fpgxyp: 'Ya se cumplió el tiempo que habíamos reservado. ¿Hay algo urgente antes de cerrar?',
        k1z2fn: '{client}, ya es la hora; lo demás se lo escribo por correo.',
      },
      informal: {
        ys7kyg: 'Ya es la hora de terminar. Cerramos aquí y te mando un resumen.',
        kafpnm: 'Se nos acabó el tiempo. ¿Cerramos con los siguientes pasos?',
        lnb9yk: 'Ya se cumplió el tiempo que habíamos reservado. ¿Algo urgente antes de cerrar?',
        k6ty1j: '{client}, ya es la hora; lo demás te lo escribo por correo.',
      },
    },
    2: {
      formal: {
        ugd6hg:
          'Ya nos pasamos {minutes} de la hora. Cerremos ahora y lo demás lo retomamos en la próxima llamada.',
        k15wpz: 'Tengo que estar pendiente de la hora: dejémoslo aquí y sigamos en nuestra próxima llamada.',
        qnhltq: 'Nos hemos extendido. Le enviaré un resumen y el resto lo podemos terminar por correo.',
        k50mnb: 'Tengo que ir cerrando, porque tengo otro compromiso. Seguimos la próxima vez.',
      },
      informal: {
        mlztiz: 'Ya nos pasamos {minutes} de la hora. Cerramos ya y lo demás lo vemos en la próxima llamada.',
        xxnm85: 'Tengo que estar pendiente de la hora: lo dejamos aquí y seguimos en la próxima llamada.',
        kdxyht: 'Nos hemos alargado. Te mando un resumen y lo que falta lo cerramos por correo.',
        xrldfa: 'Tengo que ir terminando, que tengo otro compromiso. Seguimos la próxima vez.',
      },
    },
    3: {
      formal: {
        j5i289:
          'Llevamos {minutes} más de lo previsto. Tengo que terminar aquí; le enviaré los próximos pasos.',
        lwsn0i: 'Lo siento, de verdad tengo que irme. Programemos otra llamada para lo que falta.',
        plw296: 'Dejémoslo aquí. Lo que siga pendiente lo incluimos en la próxima llamada.',
        gd3c0n: 'Tengo que terminar aquí. Le enviaré un resumen y retomamos lo demás la próxima vez.',
      },
      informal: {
        bjrksr:
          'Llevamos {minutes} más de lo previsto. Tengo que cortar aquí; te mando los siguientes pasos.',
        ka9eub: 'Lo siento, de verdad me tengo que ir. Programemos otra llamada para lo que falta.',
        fptuf9: 'Lo dejamos aquí. Lo que quede pendiente lo vemos en la próxima llamada.',
        np123r: 'Tengo que terminar aquí. Te mando un resumen y lo demás lo retomamos la próxima vez.',
      },
    },
  },
  chatAtEnd: {
    1: {
      formal: {
        tr9b09: '¡Qué gusto ponernos al día! Ahora me pongo a trabajar en su proyecto.',
        raiupz:
          'Ha sido un placer charlar, {client}. Me pongo a trabajar en su proyecto para tenerlo listo a tiempo.',
        k7vzj6: 'Gracias por la charla. No le quito más tiempo: empiezo ya con lo que hablamos.',
        w8b7af: 'Da gusto conversar un rato. Ahora mismo empiezo con los próximos pasos.',
      },
      informal: {
        kkv86o: '¡Qué bueno ponernos al día! Ahora me pongo a trabajar en tu proyecto.',
        pobrcy:
          'Un placer charlar contigo, {client}. Me pongo a trabajar en tu proyecto para tenerlo listo a tiempo.',
        a6fsrt: 'Gracias por la charla. No te quito más tiempo: empiezo ya con lo que hablamos.',
        kqhwdl: 'Siempre da gusto charlar un rato. Ahora mismo me pongo con los siguientes pasos.',
      },
    },
    2: {
      formal: {
        kqfi9k: 'Será mejor que me despida, ¡que su proyecto me espera!',
        kwv6kb: 'Qué buena charla, pero su proyecto no se va a hacer solo. ¡Hablamos pronto!',
        vw7klc: 'Ya llevamos {minutes} de charla: usted a seguir con su día, y yo, con su proyecto.',
        ksoe98: 'Dejemos la charla para la próxima vez; quiero empezar hoy mismo con su proyecto.',
      },
      informal: {
        yi00wl: 'Mejor me despido, ¡que tu proyecto me espera!',
        kr7z4l: 'Qué buena charla, pero tu proyecto no se va a hacer solo. ¡Hablamos pronto!',
        fqjbph: 'Ya llevamos {minutes} de charla: tú a seguir con tu día, y yo, con tu proyecto.',
        kcjefa: 'La charla la seguimos otro día; quiero empezar hoy mismo con tu proyecto.',
      },
    },
    3: {
      formal: {
        kqd5uv: 'Ahora sí tengo que irme. Le escribiré con novedades sobre su proyecto.',
        dq416g: 'Tengo que ir cerrando aquí. Hablamos pronto y le envío una actualización.',
        ifnh6c: 'Me tengo que despedir ya. Gracias de nuevo; pronto tendrá noticias mías.',
        qb6grd: 'Lo dejamos aquí, que tengo otra llamada enseguida.',
      },
      informal: {
        lzg1mr: 'Ahora sí me tengo que ir. Te escribo con novedades sobre tu proyecto.',
        cmwz2f: 'Tengo que ir cerrando. Hablamos pronto y te mando una actualización.',
        e5wtyu: 'Me tengo que despedir ya. ¡Gracias otra vez! Pronto te cuento cómo va todo.',
        kds389: 'Lo dejamos aquí, que tengo otra llamada ahora mismo.',
      },
    },
  },
  adhocCall: {
    1: {
      formal: {
        faluho:
          'Con gusto le ayudo. ¿Dejamos lo demás para nuestra llamada semanal? Así puedo volver a su proyecto.',
        yaz3dk:
          'Me alegra que haya llamado. ¿Lo hacemos breve y vemos los detalles en nuestra próxima llamada?',
        ouxrtq: 'Déjeme anotarlo y lo vemos con calma en la próxima llamada que tenemos programada.',
        ib9q4z:
          '{client}, ¿podemos dejar el resto para nuestra llamada habitual? Estoy en medio de su proyecto.',
      },
      informal: {
        pkf00u:
          'Con gusto te ayudo. ¿Dejamos lo demás para nuestra llamada semanal? Así vuelvo a tu proyecto.',
        sl0vn2: 'Me alegra que hayas llamado. ¿Lo hacemos corto y vemos los detalles en la próxima llamada?',
        arsces: 'Déjame anotarlo y lo vemos con calma en nuestra próxima llamada programada.',
        dw3q41: '{client}, ¿dejamos el resto para nuestra llamada de siempre? Estoy en medio de tu proyecto.',
      },
    },
    2: {
      formal: {
        h8yncc:
          'Llevamos {minutes} de llamada. ¿Le parece si juntamos las demás preguntas para la llamada semanal?',
        k7tcuq: 'Quiero dedicarle a esto la atención que merece: ¿lo vemos en nuestra llamada programada?',
        aiorsi:
          'Para que su proyecto siga avanzando, mantengamos breves estas llamadas y dejemos lo demás para la reunión semanal.',
        kqeo0j:
          'Prefiero no entrar en detalles sin haberlo revisado. Lo estudio y le respondo en cuanto lo tenga claro.',
      },
      informal: {
        h542oq: 'Llevamos {minutes} de llamada. ¿Vamos juntando las demás preguntas para la llamada semanal?',
        dtkas1: 'Esto merece que lo veamos con calma: ¿lo dejamos para nuestra llamada programada?',
        ar6ff8:
          'Para que tu proyecto siga avanzando, hagamos estas llamadas cortas y dejemos el resto para la semanal.',
        v5piz8:
          'Prefiero no entrar en detalles sin haberlo revisado. Lo miro y te digo algo en cuanto lo tenga claro.',
      },
    },
    3: {
      formal: {
        kdwd6v:
          'Llevamos {minutes} y tengo que volver al trabajo. Retomemos esto en nuestra próxima llamada programada.',
        rgajts: 'Tengo que dejarlo aquí. Envíeme el resto por correo y lo vemos en la llamada semanal.',
        zeb1ez:
          'Estas llamadas le restan tiempo a su proyecto. A partir de ahora, centrémonos en la llamada semanal.',
        ksjg4g:
          'Tengo que cortar aquí. Si a menudo necesita que esté disponible sin previo aviso, hablemos de una tarifa para ese servicio.',
      },
      informal: {
        kuxqn0:
          'Llevamos {minutes} y tengo que volver al trabajo. Lo retomamos en nuestra próxima llamada programada.',
        tfjbmd: 'Tengo que dejarlo aquí. Mándame el resto por correo y lo vemos en la llamada semanal.',
        lqlgz8:
          'Estas llamadas le quitan tiempo a tu proyecto. A partir de ahora, mejor lo dejamos todo para la llamada semanal.',
        ok8toh:
          'Tengo que cortar aquí. Si a menudo necesitas que esté disponible sin aviso, hablemos de una tarifa para eso.',
      },
    },
  },
  hardTalk: {
    1: {
      formal: {
        h0dz96: 'Entiendo lo que me dice. Permítame un momento para pensarlo.',
        kvi0xg: 'Gracias por hablarme con tanta franqueza. ¿Me da un minuto antes de responder?',
        l5x8lw: 'Esto es importante. Quiero darle una respuesta bien pensada, no una rápida.',
        o5aq23: 'Sobre «{item}», quiero asegurarme de entenderlo bien: ¿podría contarme un poco más?',
      },
      informal: {
        m2q8je: 'Entiendo lo que me dices. Dame un momento para pensarlo.',
        ly435l: 'Gracias por hablarme con tanta sinceridad. ¿Me das un minuto antes de responder?',
        k60lun: 'Esto es importante. Quiero darte una respuesta pensada, no una rápida.',
        vn8txy: 'Sobre «{item}», quiero asegurarme de entenderlo bien: ¿me cuentas un poco más?',
      },
    },
    2: {
      formal: {
        ovmnvl: 'No quiero responderle a la ligera. ¿Le parece si mañana le doy una respuesta meditada?',
        d10kaa: 'Hagamos una pausa aquí. Lo pensaré bien y le haré llegar una propuesta clara.',
        kf3f1w: 'Quiero hacerlo bien. Le resumo lo que he entendido y se lo confirmo por escrito.',
        z8xvtd:
          'Esto merece más tiempo del que tenemos ahora. ¿Programamos otra llamada para seguir con «{item}»?',
      },
      informal: {
        ii2713: 'No quiero responderte a la ligera. ¿Te parece si mañana te doy una respuesta pensada?',
        kbqvjd: 'Hagamos una pausa. Lo pienso bien y te hago llegar una propuesta clara.',
        kl1hso: 'Quiero hacerlo bien. Te resumo lo que he entendido y te lo confirmo por escrito.',
        kw25cl: 'Esto merece más tiempo del que tenemos. ¿Programamos otra llamada para seguir con «{item}»?',
      },
    },
    3: {
      formal: {
        frcr2e: 'Dejémoslo aquí por hoy. Le enviaré mi respuesta por escrito antes de que termine la semana.',
        kn45db: 'Prefiero no decidir esto sobre la marcha. Le responderé cuando lo haya pensado con calma.',
        p6rbzz: 'Hemos hablado de mucho. Déjeme tomarme un tiempo; cumpliré con todo lo que le he prometido.',
        km2l2i: '{client}, cerremos aquí y retomemos «{item}» cuando hayamos tenido tiempo de reflexionar.',
      },
      informal: {
        uxhrkz: 'Dejémoslo aquí por hoy. Te mando mi respuesta por escrito antes de que acabe la semana.',
        q6snri: 'Prefiero no decidir esto sobre la marcha. Te respondo cuando lo haya pensado con calma.',
        jtra6g: 'Hemos hablado de mucho. Déjame tomarme un tiempo; cumpliré todo lo que te he prometido.',
        itgic4: '{client}, cerremos aquí y retomemos «{item}» cuando hayamos tenido tiempo de pensarlo.',
      },
    },
  },
};
