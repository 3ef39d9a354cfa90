import type { LocalePhrases } from '../phrase.types';

/** Spanish lines (neutral international). Formal = usted, informal = tú; groups = ustedes in both (no vosotros). */
export const es: LocalePhrases = {
  chattyClient: {
    1: {
      formal: [
        'Qué interesante. Si le parece, lo retomamos al final de la llamada; antes quisiera repasar unos puntos sobre «{item}».',
        'Me encantaría que me lo contara con calma. ¿Lo dejamos para el final y vemos primero «{item}»?',
        '{client}, qué buena historia. Déjeme avanzar primero con los temas de trabajo y luego me la cuenta con calma.',
        '¡Qué curioso! Dejémoslo aparte un momento: quiero asegurarme de que veamos bien «{item}».',
      ],
      informal: [
        'Qué interesante. ¿Lo retomamos al final de la llamada? Antes quiero repasar un par de cosas de «{item}».',
        'Me encantaría que me lo contaras con calma. ¿Lo dejamos para el final y vemos primero «{item}»?',
        '{client}, qué buena historia. Déjame avanzar con los temas de trabajo y luego me la cuentas con calma.',
        '¡Qué curioso! Lo dejamos aparte un momento, que quiero ver bien «{item}» contigo.',
      ],
    },
    2: {
      formal: [
        'Me imagino que no querrá pagarme las horas de charla. ¿Volvemos al proyecto?',
        'Me encanta esta charla, pero el taxímetro sigue corriendo, y corre por su cuenta. ¿Volvemos a «{item}»?',
        'Llevamos {minutes} hablando de otras cosas; prefiero dedicar ese tiempo a su proyecto. ¿Volvemos a «{item}»?',
        '{client}, otro día charlamos con más calma, pero aprovechemos su hora para el trabajo. ¿Dónde nos habíamos quedado con «{item}»?',
      ],
      informal: [
        'Me imagino que no querrás pagarme las horas de charla. ¿Volvemos al proyecto?',
        'Me encanta esta charla, pero el taxímetro sigue corriendo, y corre por tu cuenta. ¿Volvemos a «{item}»?',
        'Llevamos {minutes} hablando de otras cosas y prefiero dedicar ese tiempo a tu proyecto. ¿Volvemos a «{item}»?',
        '{client}, otro día charlamos con más calma, pero aprovechemos tu hora para el trabajo. ¿En qué íbamos con «{item}»?',
      ],
    },
    3: {
      formal: [
        'Llevamos {minutes} hablando de otra cosa, y eso ya son {cost} de su presupuesto. Volvamos a «{item}».',
        'Quiero cuidar su presupuesto, así que volvamos ya a los temas de la reunión.',
        'Dejemos esto para otro momento: quiero que hoy podamos cerrar «{item}».',
        '{client}, tengo que reconducir la conversación: aún nos queda por ver «{item}».',
      ],
      informal: [
        'Llevamos {minutes} hablando de otra cosa, y eso ya son {cost} de tu presupuesto. Volvamos a «{item}».',
        'Quiero cuidar tu presupuesto, así que volvamos ya a lo que teníamos previsto.',
        'Dejemos esto para otro día: quiero que hoy cerremos «{item}».',
        '{client}, tengo que reconducir la conversación: todavía nos queda «{item}».',
      ],
    },
  },
  groupDrift: {
    1: {
      formal: [
        'Buen punto. Lo dejamos pendiente y, si queda tiempo, lo retomamos al final.',
        'Eso merece una conversación aparte. ¿Les parece si volvemos a «{item}»?',
        'Lo anoto para que no se pierda y, si les parece, volvemos a «{item}».',
        'Es un tema interesante, pero ¿podrían comentarlo aparte? Así retomamos «{item}».',
      ],
      informal: [
        '¡Buen punto! Lo dejamos pendiente y, si nos sobra tiempo, lo vemos al final.',
        'Eso da para otra conversación. ¿Volvemos a «{item}»?',
        'Me lo apunto para que no se nos olvide, y volvemos a «{item}».',
        'Qué interesante. ¿Lo hablamos luego por separado y seguimos con «{item}»?',
      ],
    },
    2: {
      formal: [
        'Llevamos {minutes} fuera del tema. Volvamos a lo previsto para aprovechar bien el tiempo de todo el grupo.',
        'Quiero cuidar el tiempo de todo el grupo: ¿podemos tratar esto aparte y volver a «{item}»?',
        'Retomemos el hilo: «{item}» sigue pendiente, y este tema no afecta a todo el grupo.',
        '¿Podrían las personas implicadas seguir con esto después de la reunión? Volvamos a «{item}».',
      ],
      informal: [
        'Gente, llevamos {minutes} fuera del guion. Volvamos a lo previsto, que el tiempo de todo el grupo cuenta.',
        'Ojo con el tiempo de todo el grupo: ¿lo hablan luego aparte y volvemos a «{item}»?',
        'Volvamos al hilo: «{item}» sigue pendiente y este tema solo afecta a algunas personas.',
        '¿Y si quienes están en este tema lo siguen después de la llamada? Volvamos a «{item}».',
      ],
    },
    3: {
      formal: [
        'Llevamos {minutes} fuera de lo previsto. Ahora sí, volvamos a «{item}».',
        'Vamos a dejarlo aquí y tratarlo por separado: necesitamos el tiempo que queda para «{item}».',
        'Por respeto al tiempo de todo el grupo, cierro este tema aquí. Volvamos a «{item}».',
        'Tenemos que avanzar. Les pido que traten este tema aparte para que podamos terminar «{item}».',
      ],
      informal: [
        'Ya llevamos {minutes} con otro tema. Lo corto aquí y volvemos a «{item}».',
        'Lo dejamos aquí y lo hablan aparte: el tiempo que queda es para «{item}».',
        'Para no hacerle perder el tiempo a nadie, cierro este tema aquí. Seguimos con «{item}».',
        'Tenemos que seguir. Este tema, mejor por separado; vamos a terminar «{item}».',
      ],
    },
  },
  itemOverrun: {
    1: {
      formal: [
        'Se nos acaba el tiempo previsto para «{item}». ¿Lo vamos cerrando?',
        'Se acabó el tiempo para «{item}». ¿Queda algo imprescindible antes de pasar a «{next}»?',
        'Estamos en el tiempo previsto para este punto. Anotemos la decisión y sigamos.',
        'Solo un aviso rápido: el tiempo de «{item}» ya se cumplió.',
      ],
      informal: [
        'Se nos acaba el tiempo que teníamos para «{item}». ¿Lo vamos cerrando?',
        'Se acabó el tiempo para «{item}». ¿Falta algo clave antes de pasar a «{next}»?',
        'Ya estamos en el tiempo previsto para este punto. Apuntamos la decisión y seguimos.',
        'Un aviso rápido: con «{item}» ya estamos en el tiempo que le habíamos dado.',
      ],
    },
    2: {
      formal: [
        'Llevamos {minutes} de más en «{item}». ¿Acordamos los próximos pasos y pasamos a «{next}»?',
        'Vayamos cerrando «{item}»: nos estamos pasando de tiempo y quiero dejar espacio para lo demás.',
        'Este punto ya se pasó de tiempo. ¿Le parece bien si resumo lo que tenemos y seguimos?',
        'Para no atrasarnos, cerremos aquí «{item}» y terminemos de verlo por correo.',
      ],
      informal: [
        'Llevamos {minutes} de más con «{item}». ¿Acordamos los siguientes pasos y pasamos a «{next}»?',
        'Vamos cerrando «{item}», que nos estamos pasando y quiero dejar tiempo para lo demás.',
        'Con este punto ya nos pasamos de tiempo. ¿Te parece si resumo lo que tenemos y seguimos?',
        'Para no atrasarnos, cerramos aquí «{item}» y lo terminamos por correo.',
      ],
    },
    3: {
      formal: [
        'Llevamos {minutes} de más en «{item}». Pasemos ahora a «{next}».',
        'Dejemos «{item}» aquí. Le enviaré un resumen para que no se pierda nada.',
        'Nos hemos pasado bastante de tiempo en este punto. Dejemos el resto pendiente y sigamos.',
        'Tenemos que avanzar: si hace falta, seguimos con «{item}» en otra llamada.',
      ],
      informal: [
        'Llevamos {minutes} de más con «{item}». Pasamos ya a «{next}».',
        'Dejamos «{item}» aquí. Te mando un resumen para que no se pierda nada.',
        'Con este punto nos pasamos bastante. Dejamos lo que falta pendiente y seguimos.',
        'Hay que seguir: si hace falta, «{item}» lo vemos en otra llamada.',
      ],
    },
  },
  capNear: {
    1: {
      formal: [
        'Un apunte sobre la hora: nos quedan {minutes}. Asegurémonos de tratar lo más importante.',
        'Nos quedan unos {minutes}. ¿Qué es lo que más le interesa dejar resuelto hoy?',
        'Solo para que lo tenga presente: nos quedan {minutes} de reunión.',
        '{client}, nos quedan {minutes}. ¿Repasamos los puntos clave?',
      ],
      informal: [
        'Aviso de tiempo: nos quedan {minutes}. Vamos a lo más importante.',
        'Nos quedan unos {minutes}. ¿Qué es lo que más te interesa dejar resuelto hoy?',
        'Para que lo tengas en cuenta: nos quedan {minutes} de llamada.',
        '{client}, nos quedan {minutes}. ¿Repasamos lo principal?',
      ],
    },
    2: {
      formal: [
        'Nos quedan {minutes}. Empecemos a cerrar y acordemos los próximos pasos.',
        'Solo quedan {minutes}: resumamos y definamos quién se encarga de qué.',
        'Se nos acaba el tiempo. Le resumo los próximos pasos.',
        'Con {minutes} por delante, dejemos lo demás para la próxima llamada.',
      ],
      informal: [
        'Nos quedan {minutes}. Vamos cerrando y acordamos los siguientes pasos.',
        'Solo quedan {minutes}: resumimos y vemos quién se encarga de qué.',
        'Se nos acaba el tiempo. Te resumo los siguientes pasos.',
        'Con {minutes} por delante, lo demás lo dejamos para la próxima llamada.',
      ],
    },
    3: {
      formal: [
        'Estamos en los últimos minutos. Hago un resumen rápido y cerramos.',
        'En {minutes} se nos acaba el tiempo: cerremos aquí.',
        'Ya casi no tenemos tiempo. Le enviaré un resumen después de la llamada.',
        'Terminemos aquí; le escribiré sobre lo que haya quedado pendiente.',
      ],
      informal: [
        'Son los últimos minutos. Hago un resumen rápido y cerramos.',
        'En {minutes} se nos acaba el tiempo, así que lo dejamos aquí.',
        'Ya casi no hay tiempo. Te mando un resumen después de la llamada.',
        'Terminamos aquí; te escribo sobre lo que quede pendiente.',
      ],
    },
  },
  capPassed: {
    1: {
      formal: [
        'Ya es la hora de terminar. Cerremos aquí y le envío un resumen.',
        'Se nos acabó el tiempo. ¿Cerramos con los próximos pasos?',
        'Ya se cumplió el tiempo que habíamos reservado. ¿Hay algo urgente antes de cerrar?',
        '{client}, ya es la hora; lo demás se lo escribo por correo.',
      ],
      informal: [
        'Ya es la hora de terminar. Cerramos aquí y te mando un resumen.',
        'Se nos acabó el tiempo. ¿Cerramos con los siguientes pasos?',
        'Ya se cumplió el tiempo que habíamos reservado. ¿Algo urgente antes de cerrar?',
        '{client}, ya es la hora; lo demás te lo escribo por correo.',
      ],
    },
    2: {
      formal: [
        'Ya nos pasamos {minutes} de la hora. Cerremos ahora y lo demás lo retomamos en la próxima llamada.',
        'Tengo que estar pendiente de la hora: dejémoslo aquí y sigamos en nuestra próxima llamada.',
        'Nos hemos extendido. Le enviaré un resumen y el resto lo podemos terminar por correo.',
        'Tengo que ir cerrando, porque tengo otro compromiso. Seguimos la próxima vez.',
      ],
      informal: [
        'Ya nos pasamos {minutes} de la hora. Cerramos ya y lo demás lo vemos en la próxima llamada.',
        'Tengo que estar pendiente de la hora: lo dejamos aquí y seguimos en la próxima llamada.',
        'Nos hemos alargado. Te mando un resumen y lo que falta lo cerramos por correo.',
        'Tengo que ir terminando, que tengo otro compromiso. Seguimos la próxima vez.',
      ],
    },
    3: {
      formal: [
        'Llevamos {minutes} más de lo previsto. Tengo que terminar aquí; le enviaré los próximos pasos.',
        'Lo siento, de verdad tengo que irme. Programemos otra llamada para lo que falta.',
        'Dejémoslo aquí. Lo que siga pendiente lo incluimos en la próxima llamada.',
        'Tengo que terminar aquí. Le enviaré un resumen y retomamos lo demás la próxima vez.',
      ],
      informal: [
        'Llevamos {minutes} más de lo previsto. Tengo que cortar aquí; te mando los siguientes pasos.',
        'Lo siento, de verdad me tengo que ir. Programemos otra llamada para lo que falta.',
        'Lo dejamos aquí. Lo que quede pendiente lo vemos en la próxima llamada.',
        'Tengo que terminar aquí. Te mando un resumen y lo demás lo retomamos la próxima vez.',
      ],
    },
  },
  chatAtEnd: {
    1: {
      formal: [
        '¡Qué gusto ponernos al día! Ahora me pongo a trabajar en su proyecto.',
        'Ha sido un placer charlar, {client}. Me pongo a trabajar en su proyecto para tenerlo listo a tiempo.',
        'Gracias por la charla. No le quito más tiempo: empiezo ya con lo que hablamos.',
        'Da gusto conversar un rato. Ahora mismo empiezo con los próximos pasos.',
      ],
      informal: [
        '¡Qué bueno ponernos al día! Ahora me pongo a trabajar en tu proyecto.',
        'Un placer charlar contigo, {client}. Me pongo a trabajar en tu proyecto para tenerlo listo a tiempo.',
        'Gracias por la charla. No te quito más tiempo: empiezo ya con lo que hablamos.',
        'Siempre da gusto charlar un rato. Ahora mismo me pongo con los siguientes pasos.',
      ],
    },
    2: {
      formal: [
        'Será mejor que me despida, ¡que su proyecto me espera!',
        'Qué buena charla, pero su proyecto no se va a hacer solo. ¡Hablamos pronto!',
        'Ya llevamos {minutes} de charla: usted a seguir con su día, y yo, con su proyecto.',
        'Dejemos la charla para la próxima vez; quiero empezar hoy mismo con su proyecto.',
      ],
      informal: [
        'Mejor me despido, ¡que tu proyecto me espera!',
        'Qué buena charla, pero tu proyecto no se va a hacer solo. ¡Hablamos pronto!',
        'Ya llevamos {minutes} de charla: tú a seguir con tu día, y yo, con tu proyecto.',
        'La charla la seguimos otro día; quiero empezar hoy mismo con tu proyecto.',
      ],
    },
    3: {
      formal: [
        'Ahora sí tengo que irme. Le escribiré con novedades sobre su proyecto.',
        'Tengo que ir cerrando aquí. Hablamos pronto y le envío una actualización.',
        'Me tengo que despedir ya. Gracias de nuevo; pronto tendrá noticias mías.',
        'Lo dejamos aquí, que tengo otra llamada enseguida.',
      ],
      informal: [
        'Ahora sí me tengo que ir. Te escribo con novedades sobre tu proyecto.',
        'Tengo que ir cerrando. Hablamos pronto y te mando una actualización.',
        'Me tengo que despedir ya. ¡Gracias otra vez! Pronto te cuento cómo va todo.',
        'Lo dejamos aquí, que tengo otra llamada ahora mismo.',
      ],
    },
  },
  adhocCall: {
    1: {
      formal: [
        'Con gusto le ayudo. ¿Dejamos lo demás para nuestra llamada semanal? Así puedo volver a su proyecto.',
        'Me alegra que haya llamado. ¿Lo hacemos breve y vemos los detalles en nuestra próxima llamada?',
        'Déjeme anotarlo y lo vemos con calma en la próxima llamada que tenemos programada.',
        '{client}, ¿podemos dejar el resto para nuestra llamada habitual? Estoy en medio de su proyecto.',
      ],
      informal: [
        'Con gusto te ayudo. ¿Dejamos lo demás para nuestra llamada semanal? Así vuelvo a tu proyecto.',
        'Me alegra que hayas llamado. ¿Lo hacemos corto y vemos los detalles en la próxima llamada?',
        'Déjame anotarlo y lo vemos con calma en nuestra próxima llamada programada.',
        '{client}, ¿dejamos el resto para nuestra llamada de siempre? Estoy en medio de tu proyecto.',
      ],
    },
    2: {
      formal: [
        'Llevamos {minutes} de llamada. ¿Le parece si juntamos las demás preguntas para la llamada semanal?',
        'Quiero dedicarle a esto la atención que merece: ¿lo vemos en nuestra llamada programada?',
        'Para que su proyecto siga avanzando, mantengamos breves estas llamadas y dejemos lo demás para la reunión semanal.',
        'Prefiero no entrar en detalles sin haberlo revisado. Lo estudio y le respondo en cuanto lo tenga claro.',
      ],
      informal: [
        'Llevamos {minutes} de llamada. ¿Vamos juntando las demás preguntas para la llamada semanal?',
        'Esto merece que lo veamos con calma: ¿lo dejamos para nuestra llamada programada?',
        'Para que tu proyecto siga avanzando, hagamos estas llamadas cortas y dejemos el resto para la semanal.',
        'Prefiero no entrar en detalles sin haberlo revisado. Lo miro y te digo algo en cuanto lo tenga claro.',
      ],
    },
    3: {
      formal: [
        'Llevamos {minutes} y tengo que volver al trabajo. Retomemos esto en nuestra próxima llamada programada.',
        'Tengo que dejarlo aquí. Envíeme el resto por correo y lo vemos en la llamada semanal.',
        'Estas llamadas le restan tiempo a su proyecto. A partir de ahora, centrémonos en la llamada semanal.',
        'Tengo que cortar aquí. Si a menudo necesita que esté disponible sin previo aviso, hablemos de una tarifa para ese servicio.',
      ],
      informal: [
        'Llevamos {minutes} y tengo que volver al trabajo. Lo retomamos en nuestra próxima llamada programada.',
        'Tengo que dejarlo aquí. Mándame el resto por correo y lo vemos en la llamada semanal.',
        'Estas llamadas le quitan tiempo a tu proyecto. A partir de ahora, mejor lo dejamos todo para la llamada semanal.',
        'Tengo que cortar aquí. Si a menudo necesitas que esté disponible sin aviso, hablemos de una tarifa para eso.',
      ],
    },
  },
  hardTalk: {
    1: {
      formal: [
        'Entiendo lo que me dice. Permítame un momento para pensarlo.',
        'Gracias por hablarme con tanta franqueza. ¿Me da un minuto antes de responder?',
        'Esto es importante. Quiero darle una respuesta bien pensada, no una rápida.',
        'Sobre «{item}», quiero asegurarme de entenderlo bien: ¿podría contarme un poco más?',
      ],
      informal: [
        'Entiendo lo que me dices. Dame un momento para pensarlo.',
        'Gracias por hablarme con tanta sinceridad. ¿Me das un minuto antes de responder?',
        'Esto es importante. Quiero darte una respuesta pensada, no una rápida.',
        'Sobre «{item}», quiero asegurarme de entenderlo bien: ¿me cuentas un poco más?',
      ],
    },
    2: {
      formal: [
        'No quiero responderle a la ligera. ¿Le parece si mañana le doy una respuesta meditada?',
        'Hagamos una pausa aquí. Lo pensaré bien y le haré llegar una propuesta clara.',
        'Quiero hacerlo bien. Le resumo lo que he entendido y se lo confirmo por escrito.',
        'Esto merece más tiempo del que tenemos ahora. ¿Programamos otra llamada para seguir con «{item}»?',
      ],
      informal: [
        'No quiero responderte a la ligera. ¿Te parece si mañana te doy una respuesta pensada?',
        'Hagamos una pausa. Lo pienso bien y te hago llegar una propuesta clara.',
        'Quiero hacerlo bien. Te resumo lo que he entendido y te lo confirmo por escrito.',
        'Esto merece más tiempo del que tenemos. ¿Programamos otra llamada para seguir con «{item}»?',
      ],
    },
    3: {
      formal: [
        'Dejémoslo aquí por hoy. Le enviaré mi respuesta por escrito antes de que termine la semana.',
        'Prefiero no decidir esto sobre la marcha. Le responderé cuando lo haya pensado con calma.',
        'Hemos hablado de mucho. Déjeme tomarme un tiempo; cumpliré con todo lo que le he prometido.',
        '{client}, cerremos aquí y retomemos «{item}» cuando hayamos tenido tiempo de reflexionar.',
      ],
      informal: [
        'Dejémoslo aquí por hoy. Te mando mi respuesta por escrito antes de que acabe la semana.',
        'Prefiero no decidir esto sobre la marcha. Te respondo cuando lo haya pensado con calma.',
        'Hemos hablado de mucho. Déjame tomarme un tiempo; cumpliré todo lo que te he prometido.',
        '{client}, cerremos aquí y retomemos «{item}» cuando hayamos tenido tiempo de pensarlo.',
      ],
    },
  },
};
