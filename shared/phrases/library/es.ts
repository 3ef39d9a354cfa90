import type { LocalePhrases } from '../phrase.types';

/**
 * Spanish lines (neutral international). Formal = usted, informal = tú; groups = ustedes in both (no vosotros).
 * Audience: 'one' speaks to one person (usted/tú, {name}), 'group' to several (ustedes), 'any' to no one in
 * particular (nosotros, impersonal). No verb agrees with {minutes}, which may be "1 minuto": "tenemos {minutes}",
 * "llevamos {minutes}", "en {minutes}", never "quedan {minutes}".
 * Words that read right in Madrid and in Mexico City or Buenos Aires alike: no Spain-only turns ("me pongo con",
 * "vamos justos", "Gente"), "los" (not "les") as the object for a group, and no object clitic for usted that would
 * need the listener's gender ("disculpe la interrupción", not "que lo/le interrumpa").
 */
export const es: LocalePhrases = {
  chattyClient: {
    1: {
      formal: {
        one: {
          euz28e:
            'Qué interesante. Si le parece, lo retomamos al final de la llamada; antes quisiera repasar unos puntos sobre «{item}».',
          oj8nar:
            'Me encantaría que me lo contara con calma otro día, con un café de por medio. ¿Vemos ahora «{item}»?',
          wpl8ps:
            '{name}, qué buena historia. Antes de que se nos vaya el tiempo, ¿le parece que veamos «{item}»?',
          ubh8vy:
            '¡Qué curioso! Dejémoslo a un lado un momento: quiero asegurarme de que veamos bien «{item}».',
        },
      },
      informal: {
        one: {
          eoadl3:
            'Qué interesante. ¿Lo retomamos al final de la llamada? Antes quiero repasar un par de cosas del punto «{item}».',
          kt8opx:
            'Me encantaría que me lo contaras con calma otro día, con un café de por medio. ¿Vemos ahora «{item}»?',
          rhoyhm: '{name}, qué buena historia. Antes de que se nos vaya el tiempo, ¿vemos «{item}»?',
          k6qbk8: '¡Qué curioso! Lo dejamos a un lado un momento, que quiero ver bien «{item}» contigo.',
        },
      },
    },
    2: {
      formal: {
        one: {
          xdxf44: 'Me imagino que no querrá pagarme por charlar tanto rato. ¿Volvemos al proyecto?',
          p9i7lx: 'Me encanta esta charla, pero el reloj sigue corriendo. ¿Volvemos a «{item}»?',
          ofcb67:
            'Llevamos {minutes} hablando de otras cosas y prefiero dedicarle el tiempo a su proyecto. ¿Volvemos a «{item}»?',
          o3fnc6:
            '{name}, otro día charlamos con más calma; ahora aprovechemos bien su tiempo. ¿Dónde nos habíamos quedado con «{item}»?',
        },
      },
      informal: {
        one: {
          kf07f6: 'Me imagino que no querrás pagarme por charlar tanto rato. ¿Volvemos al proyecto?',
          hwomo7: 'Qué bien charlar contigo, pero el reloj sigue corriendo. ¿Volvemos a «{item}»?',
          hr8nex:
            'Llevamos {minutes} hablando de otras cosas y prefiero dedicarle el tiempo a tu proyecto. ¿Volvemos a «{item}»?',
          kng97o:
            '{name}, otro día charlamos con más calma; ahora aprovechemos bien tu tiempo. ¿Por dónde íbamos con «{item}»?',
        },
      },
    },
    3: {
      formal: {
        one: {
          jkwedl:
            'Esta charla también corre a cuenta de su presupuesto, y ya van {cost}. Quiero que cada minuto cuente para su proyecto: volvamos a «{item}».',
          kxuvsr: 'Disculpe la interrupción, pero tenemos que volver ya a lo que teníamos previsto.',
          ad1m7b: 'Dejemos esto para otro momento: quiero que hoy podamos cerrar «{item}».',
          fjfqt5: '{name}, tengo que reconducir la conversación: aún nos queda por ver «{item}».',
        },
      },
      informal: {
        one: {
          auicax:
            'Esta charla también corre a cuenta de tu presupuesto, y ya van {cost}. Quiero que cada minuto cuente para tu proyecto: volvamos a «{item}».',
          qs81px: 'Perdona que te interrumpa, pero tenemos que volver ya a lo que teníamos previsto.',
          kgssgk: 'Dejemos esto para otro día: quiero que hoy cerremos «{item}».',
          inclwt: '{name}, tengo que reconducir la conversación: todavía nos queda «{item}».',
        },
      },
    },
  },
  groupDrift: {
    1: {
      formal: {
        group: {
          mv9ycf: 'Buena observación. Lo dejamos pendiente y, si queda tiempo, lo retomamos al final.',
          ki047a: 'Eso merece una conversación aparte. ¿Les parece si volvemos a «{item}»?',
          kuxehk: 'Lo anoto para que no se pierda y, si les parece, volvemos a «{item}».',
          ivhaqe: 'Es un tema interesante, pero ¿podrían comentarlo aparte? Así retomamos «{item}».',
        },
      },
      informal: {
        group: {
          ds0ucm: '¡Buen punto! Lo dejamos pendiente y, si nos sobra tiempo, lo vemos al final.',
          khuq9q: 'Eso da para otra conversación. ¿Volvemos a «{item}»?',
          xo77zj: 'Me lo anoto para que no se nos olvide y volvemos a «{item}».',
          p4prcq: 'Qué interesante. ¿Lo hablamos luego por separado y seguimos con «{item}»?',
        },
      },
    },
    2: {
      formal: {
        group: {
          f2x7c5:
            'Llevamos {minutes} fuera de tema. Volvamos a lo previsto para aprovechar bien el tiempo de todos.',
          k6oswt:
            'Este tema da para mucho: ¿les parece que lo incluyamos en la próxima reunión y volvamos a «{item}»?',
          j84l4n: 'Retomemos el hilo: el punto «{item}» sigue pendiente, y este tema no nos afecta a todos.',
          jazn76:
            'Propongo que quienes estén involucrados en este tema lo sigan hablando después de la reunión. Volvamos a «{item}».',
        },
      },
      informal: {
        group: {
          weq13e: 'Bueno, creo que nos estamos yendo por las ramas. ¿Volvemos a lo que teníamos previsto?',
          txujqr: 'Esto da para largo: ¿lo metemos en la próxima reunión y volvemos a «{item}»?',
          l4gua8: 'Volvamos al hilo: el punto «{item}» sigue pendiente, y este tema no nos afecta a todos.',
          wkuq34:
            '¿Y si los que están metidos en este tema lo siguen hablando después de la llamada? Volvamos a «{item}».',
        },
      },
    },
    3: {
      formal: {
        group: {
          kf7ryz: 'Nos hemos desviado del orden del día. Ahora sí, volvamos a «{item}».',
          xiubyk:
            'Vamos a dejarlo aquí y tratarlo por separado: necesitamos el tiempo que queda para «{item}».',
          kor9ja: 'Cierro este tema aquí para que podamos terminar a la hora. Volvamos a «{item}».',
          p5lbkl:
            'Tenemos que avanzar. Les pido que traten este tema aparte para que podamos terminar «{item}».',
        },
      },
      informal: {
        group: {
          vv1eje: 'Esto nos está sacando del guion. Lo corto aquí y volvemos a «{item}».',
          wt76fh: 'Lo dejamos aquí y lo hablan aparte: el tiempo que queda es para «{item}».',
          bzegd4: 'Cierro aquí este tema, que quiero que terminemos a la hora. Seguimos con «{item}».',
          gv1rg7: 'Tenemos que seguir. Este tema, mejor por separado; vamos a terminar «{item}».',
        },
      },
    },
  },
  itemOverrun: {
    1: {
      formal: {
        any: {
          ki58sw: 'Se nos acaba el tiempo previsto para el punto «{item}». ¿Lo vamos cerrando?',
          c0ze8m: '¿Queda algo imprescindible sobre «{item}»? Ya es hora de pasar a «{next}».',
          wgmk9i: 'Ya hemos llegado al tiempo previsto para este punto. Anotemos la decisión y sigamos.',
          kz5lao: 'Una cosa: con «{item}» ya estamos cortos de tiempo.',
        },
      },
      informal: {
        any: {
          rr2k07: 'Se nos acaba el tiempo que teníamos para el punto «{item}». ¿Lo vamos cerrando?',
          lsg7ry: '¿Falta algo clave del punto «{item}»? Ya toca pasar a «{next}».',
          k3t4a4: 'Ya hemos llegado al tiempo que le dimos a este punto. Anotamos la decisión y seguimos.',
          sra21f: 'Aviso rápido: con «{item}» ya estamos en el límite de tiempo.',
        },
      },
    },
    2: {
      formal: {
        one: {
          kn40qu: 'Este punto se está alargando. ¿Le parece bien si resumo lo que tenemos y seguimos?',
        },
        group: {
          tdsfvn: 'Este punto se está alargando. ¿Les parece bien si resumo lo que tenemos y seguimos?',
        },
        any: {
          xrun77:
            'Llevamos {minutes} de más en «{item}». ¿Acordamos los próximos pasos y pasamos a «{next}»?',
          kj8ckk:
            'Vayamos cerrando «{item}»: nos estamos pasando de tiempo y quiero dejar espacio para lo demás.',
          gn83vl: 'Para no atrasarnos, cerremos aquí «{item}» y terminemos el resto por correo.',
        },
      },
      informal: {
        one: {
          b4njuv: 'Este punto se está alargando. ¿Te parece si resumo lo que tenemos y seguimos?',
        },
        group: {
          ltusgl: 'Este punto se está alargando. ¿Les parece si resumo lo que tenemos y seguimos?',
        },
        any: {
          y3z6sl:
            'Llevamos {minutes} de más con «{item}». ¿Acordamos los siguientes pasos y pasamos a «{next}»?',
          rffn7x: 'Vamos cerrando «{item}», que nos estamos pasando y quiero dejar tiempo para lo demás.',
          kp02rk: 'Para no atrasarnos, cerramos aquí «{item}» y el resto lo terminamos por correo.',
        },
      },
    },
    3: {
      formal: {
        one: {
          yftk13: 'Dejemos «{item}» aquí. Le enviaré un resumen para que no se pierda nada.',
        },
        group: {
          jmtxya: 'Dejemos «{item}» aquí. Les enviaré un resumen a todos para que no se pierda nada.',
        },
        any: {
          prxutv: 'Si seguimos con «{item}», no llegaremos a «{next}». Cambiemos ya de punto.',
          x3ea21: 'Nos hemos pasado bastante de tiempo en este punto. Dejemos el resto pendiente y sigamos.',
          uieluv: 'Tenemos que avanzar: si hace falta, seguimos con «{item}» en otra llamada.',
        },
      },
      informal: {
        one: {
          kwmdhy: 'Dejamos «{item}» aquí. Te mando un resumen para que no se pierda nada.',
        },
        group: {
          w8hoyx: 'Dejamos «{item}» aquí. Les mando un resumen a todos para que no se pierda nada.',
        },
        any: {
          v7dsjg: 'Si seguimos con «{item}», no llegamos a «{next}». Cambiamos ya de punto.',
          i9uu4j: 'Con este punto nos hemos pasado bastante. Dejamos lo que falta pendiente y seguimos.',
          k2gtg6: 'Hay que seguir: si hace falta, el punto «{item}» lo vemos en otra llamada.',
        },
      },
    },
  },
  capNear: {
    1: {
      formal: {
        one: {
          u7iibw: 'Tenemos {minutes}, más o menos. ¿Qué es lo que más le interesa dejar resuelto hoy?',
          es8n4s: 'Para que lo tenga en cuenta: la reunión termina en {minutes}.',
          l091q6: '{name}, todavía tenemos {minutes}. ¿Repasamos los puntos clave?',
        },
        group: {
          yoildk: 'Tenemos {minutes}, más o menos. ¿Qué es lo más importante que nos falta resolver hoy?',
          jfr4c6: 'Para que lo tengan en cuenta: la reunión termina en {minutes}.',
          eefceu: 'Tenemos {minutes} hasta el final. ¿Les parece si repasamos los puntos clave?',
        },
        any: {
          mf0z2q: 'Tenemos {minutes} por delante: si queda algo pendiente, ahora es el momento de decirlo.',
        },
      },
      informal: {
        one: {
          js3fol: 'Tenemos {minutes}, más o menos. ¿Qué es lo que más te interesa dejar resuelto hoy?',
          f8uh71: 'Para que lo tengas en cuenta: la llamada termina en {minutes}.',
          bjz0wq: '{name}, todavía tenemos {minutes}. ¿Repasamos lo principal?',
        },
        group: {
          h2akv4: 'Tenemos {minutes}, más o menos. ¿Qué es lo más importante que nos falta resolver hoy?',
          qctyrz: 'Un aviso para todos: la llamada termina en {minutes}.',
          s6xtgd: 'Tenemos {minutes} hasta el final. ¿Repasamos lo principal entre todos?',
        },
        any: {
          wgsoal:
            'Ojo con la hora: tenemos {minutes} por delante, así que si hay algo pendiente, este es el momento.',
        },
      },
    },
    2: {
      formal: {
        one: {
          k9mkhf: 'Se nos acaba el tiempo. Le resumo los próximos pasos.',
        },
        group: {
          bxsxci: 'Se nos acaba el tiempo. Les resumo a todos los próximos pasos.',
        },
        any: {
          g03cod: 'En {minutes} terminamos: centrémonos en lo que tiene que quedar decidido hoy.',
          kf5fmi: 'Solo tenemos {minutes}: resumamos y definamos quién se encarga de qué.',
          wvnjio: 'Con solo {minutes} por delante, dejemos lo demás para la próxima llamada.',
        },
      },
      informal: {
        one: {
          uep2tu: 'Se nos acaba el tiempo. Te resumo los siguientes pasos.',
        },
        group: {
          fkixz4: 'Se nos acaba el tiempo, así que resumo los siguientes pasos para todos.',
        },
        any: {
          kkhrtq: 'En {minutes} terminamos, así que vamos a lo que tiene que quedar decidido hoy.',
          nlav5v: 'Solo tenemos {minutes}: resumimos y vemos quién se encarga de qué.',
          sgikpk: 'Con solo {minutes} por delante, lo demás lo dejamos para la próxima llamada.',
        },
      },
    },
    3: {
      formal: {
        one: {
          sqxpf1: 'Ya casi no tenemos tiempo. Le enviaré un resumen después de la llamada.',
          op41h5:
            'Tenemos que ir cerrando. Antes de terminar, ¿necesita algo por mi parte para seguir avanzando?',
        },
        group: {
          fjcir1: 'Ya casi no tenemos tiempo. Les enviaré un resumen a todos después de la reunión.',
          n8gt1z:
            'Tenemos que ir cerrando. Antes de terminar, ¿alguien necesita algo por mi parte para seguir avanzando?',
        },
        any: {
          mze72e: 'Estamos en los últimos minutos. Hago un resumen rápido y cerramos.',
          j0a13z: 'En {minutes} se nos acaba el tiempo: no abramos temas nuevos y vayamos cerrando.',
        },
      },
      informal: {
        one: {
          j75cv5: 'Ya casi no hay tiempo. Te mando un resumen después de la llamada.',
          fwnloq:
            'Tenemos que ir cerrando. Antes de terminar, ¿necesitas algo por mi parte para seguir avanzando?',
        },
        group: {
          w5l9hs: 'Ya casi no hay tiempo. Les mando un resumen a todos después de la llamada.',
          uqs6gf:
            'Tenemos que ir cerrando. Antes de terminar, ¿alguien necesita algo por mi parte para seguir avanzando?',
        },
        any: {
          notapc: 'Ya estamos en los últimos minutos: hago un resumen rápido y cerramos.',
          nrg2kp: 'En {minutes} se nos acaba el tiempo, así que nada de temas nuevos: vamos cerrando.',
        },
      },
    },
  },
  capPassed: {
    1: {
      formal: {
        one: {
          rh4sjw: 'Es hora de terminar. Cerremos aquí y le envío un resumen.',
          k1z2fn: '{name}, ya es la hora. Muchas gracias por su tiempo; seguimos en contacto.',
        },
        group: {
          uhwt3k: 'Es hora de terminar. Cerremos aquí y les envío un resumen a todos.',
          a3moxp: 'Ya es la hora. Muchas gracias a todos por su tiempo; seguimos en contacto.',
        },
        any: {
          kmm0ft: 'Se nos ha acabado el tiempo. ¿Cerramos con los próximos pasos?',
          fpgxyp:
            'Hemos llegado al final del tiempo que teníamos reservado. ¿Hay algo urgente antes de cerrar?',
        },
      },
      informal: {
        one: {
          ys7kyg: 'Es hora de terminar. Cerramos aquí y te mando un resumen.',
          k6ty1j: '{name}, ya es la hora. Mil gracias por tu tiempo; seguimos en contacto.',
        },
        group: {
          lg8ptv: 'Es hora de terminar. Cerramos aquí y les mando un resumen a todos.',
          wtcffj: 'Ya es la hora. ¡Mil gracias a todos por su tiempo! Seguimos en contacto.',
        },
        any: {
          kafpnm: 'Ya se nos acabó el tiempo. ¿Cerramos con los siguientes pasos?',
          lnb9yk: 'Hemos llegado al final del tiempo que teníamos reservado. ¿Algo urgente antes de cerrar?',
        },
      },
    },
    2: {
      formal: {
        one: {
          qnhltq: 'Nos hemos extendido. Le enviaré un resumen y el resto lo podemos terminar por correo.',
        },
        group: {
          c8breo: 'Nos hemos extendido. Les enviaré un resumen y el resto lo podemos terminar por correo.',
        },
        any: {
          ugd6hg:
            'Ya vamos con retraso, así que cerremos con lo esencial: quién se encarga de qué y para cuándo.',
          k15wpz: 'Ya nos hemos pasado de la hora. ¿Hay algo que no pueda esperar a la próxima llamada?',
          k50mnb: 'Tengo que ir cerrando, porque me espera otro compromiso. Seguimos la próxima vez.',
        },
      },
      informal: {
        one: {
          kdxyht: 'Nos hemos alargado. Te mando un resumen y lo que falta lo cerramos por correo.',
        },
        group: {
          lvd5cm: 'Nos hemos alargado. Les mando un resumen y lo que falta lo cerramos por correo.',
        },
        any: {
          mlztiz: 'Vamos con retraso, así que cerramos con lo esencial: quién hace qué y para cuándo.',
          xxnm85: 'Ya nos hemos pasado de la hora. ¿Queda algo que no pueda esperar a la próxima llamada?',
          xrldfa: 'Tengo que ir terminando, que me espera otro compromiso. Seguimos la próxima vez.',
        },
      },
    },
    3: {
      formal: {
        one: {
          j5i289:
            '{name}, tengo que dejarlo aquí, que ya vamos con retraso. Gracias por todo lo que hemos avanzado hoy.',
          gd3c0n: 'Aquí tengo que cortar. Hoy mismo le escribo con un resumen de lo que hemos visto.',
        },
        group: {
          xfn1ts:
            'Tengo que dejarlo aquí, que ya vamos con retraso. Gracias a todos por lo que hemos avanzado hoy.',
          s8i0bt: 'Aquí tengo que cortar. Hoy mismo les escribo con un resumen de lo que hemos visto.',
        },
        any: {
          lwsn0i: 'Lo siento, de verdad tengo que irme. Programemos otra llamada para lo que falta.',
          plw296: 'Dejémoslo aquí: lo importante ya está hablado, y lo demás puede esperar.',
        },
      },
      informal: {
        one: {
          bjrksr:
            '{name}, tengo que cortar aquí, que ya vamos tarde. ¡Gracias por todo lo que avanzamos hoy!',
          np123r: 'Me toca dejarlo aquí. Hoy mismo te escribo con un resumen de lo que hemos hablado.',
        },
        group: {
          lqq3bs: 'Tengo que cortar aquí, que ya vamos tarde. ¡Gracias a todos por lo que avanzamos hoy!',
          ulvela: 'Me toca dejarlo aquí. Hoy mismo les escribo con un resumen de lo que hemos hablado.',
        },
        any: {
          ka9eub: 'Lo siento, de verdad me tengo que ir. Programemos otra llamada para lo que falta.',
          fptuf9: 'Lo dejamos aquí: lo importante ya está hablado y lo demás puede esperar.',
        },
      },
    },
  },
  chatAtEnd: {
    1: {
      formal: {
        one: {
          tr9b09: '¡Qué gusto ponernos al día! Ahora vuelvo a trabajar en su proyecto.',
          raiupz:
            'Ha sido un placer charlar, {name}. Antes de despedirnos, ¿le queda alguna duda sobre lo que sigue?',
          k7vzj6:
            'Gracias por la charla, de verdad. No le quito más tiempo: seguro que tiene mil cosas que hacer.',
        },
        group: {
          inwg4f:
            'Gracias por la charla, de verdad. No les quito más tiempo: seguro que tienen mil cosas que hacer.',
          esjhlt: 'Qué gusto ponernos al día. Antes de despedirnos, ¿tenemos claro quién se encarga de qué?',
          wpimoc: 'Me encanta esta sobremesa, pero los dejo: tengo que ponerme a trabajar en lo acordado.',
        },
        any: {
          w8b7af: 'Da gusto charlar un rato. ¡Para la próxima ya traigo avances!',
        },
      },
      informal: {
        one: {
          kkv86o: '¡Qué gusto ponernos al día! Ahora vuelvo a trabajar en tu proyecto.',
          pobrcy:
            'Un placer charlar contigo, {name}. Antes de despedirnos, ¿te queda alguna duda sobre lo que sigue?',
          a6fsrt:
            '¡Gracias por la charla! No te quito más tiempo, que seguro que tienes mil cosas que hacer.',
        },
        group: {
          w3atcq:
            '¡Gracias por la charla! No les quito más tiempo, que seguro que tienen mil cosas que hacer.',
          dbdqzm: 'Qué gusto ponernos al día entre todos. Antes de irnos, ¿tenemos claro quién hace qué?',
          x3mlkg: 'Me encanta esta sobremesa, pero los dejo ya, que me toca ponerme a trabajar.',
        },
        any: {
          kqhwdl: 'Siempre da gusto charlar un rato. ¡La próxima vez ya vengo con avances!',
        },
      },
    },
    2: {
      formal: {
        one: {
          kqfi9k: 'Será mejor que me despida, ¡que su proyecto me espera!',
          vw7klc: 'No le robo más tiempo: usted sigue con lo suyo y yo, con su proyecto.',
          ksoe98: '¡Cómo se pasa el tiempo charlando a gusto! ¿Lo dejamos aquí por hoy?',
        },
        group: {
          qkr9fg: 'Será mejor que me despida, ¡que hay mucho trabajo por delante!',
          iv2wzr: 'No les robo más tiempo: cada uno sigue con lo suyo y yo, con lo que hemos acordado.',
          osm7u8: '¡Cómo se pasa el tiempo charlando a gusto! ¿Lo dejamos aquí por hoy?',
        },
        any: {
          kwv6kb: 'Qué buena charla, pero el proyecto no se va a hacer solo. ¡Hablamos pronto!',
        },
      },
      informal: {
        one: {
          yi00wl: 'Mejor me despido, ¡que tu proyecto me espera!',
          fqjbph: 'No te robo más tiempo: tú sigues con lo tuyo y yo, con tu proyecto.',
          kcjefa: '¡Cómo se pasa el tiempo charlando a gusto! ¿Lo dejamos aquí por hoy?',
        },
        group: {
          bjarhs: 'Me despido ya, ¡que hay mucho trabajo por delante!',
          umgoyb:
            'Ya no les robo más tiempo: que cada uno siga con lo suyo, y yo me dedico a lo que acordamos.',
          z6xutv: '¡Cómo se pasa el tiempo charlando a gusto! ¿Lo dejamos aquí por hoy?',
        },
        any: {
          kr7z4l: 'Qué buena charla, pero el proyecto no se va a hacer solo. ¡Hablamos pronto!',
        },
      },
    },
    3: {
      formal: {
        one: {
          kqd5uv: 'Ahora sí tengo que irme. ¡Que le vaya muy bien!',
          dq416g: 'Tengo que dejarlo aquí. Si le surge algo, escríbame y le respondo en cuanto pueda.',
          ifnh6c:
            'Me tengo que despedir ya. Gracias de nuevo; la charla la seguimos en nuestra próxima llamada.',
        },
        group: {
          ejqk2r: 'Ahora sí tengo que irme. ¡Que les vaya muy bien!',
          gxhw37: 'Tengo que dejarlo aquí. Si les surge algo, escríbanme y les respondo en cuanto pueda.',
          gdatyy: 'Me tengo que despedir ya. Gracias a todos; la charla la seguimos en la próxima reunión.',
        },
        any: {
          qb6grd: 'Lo dejamos aquí, que tengo otra llamada enseguida.',
        },
      },
      informal: {
        one: {
          lzg1mr: 'Ahora sí me tengo que ir. ¡Que te vaya muy bien!',
          cmwz2f: 'Tengo que dejarlo aquí. Si te surge algo, escríbeme y te respondo en cuanto pueda.',
          e5wtyu: 'Me tengo que despedir ya. ¡Gracias otra vez! La charla la seguimos en la próxima llamada.',
        },
        group: {
          isct0k: 'Ahora sí me tengo que ir. ¡Que les vaya muy bien!',
          deoddf: 'Tengo que dejarlo aquí. Si les surge algo, me escriben y les respondo en cuanto pueda.',
          naoi1s: 'Me tengo que despedir ya. ¡Gracias a todos! La charla la seguimos en la próxima reunión.',
        },
        any: {
          kds389: 'Lo dejamos aquí, que tengo otra llamada ahora mismo.',
        },
      },
    },
  },
  adhocCall: {
    1: {
      formal: {
        one: {
          faluho: 'Con gusto le ayudo. Si me lo envía por escrito, lo reviso con calma y le respondo.',
          yaz3dk:
            'Me alegra que haya llamado. ¿Lo hacemos breve y vemos los detalles en nuestra próxima llamada?',
          ib9q4z: '{name}, ¿qué es lo más urgente? Empecemos por ahí.',
        },
        group: {
          v4ne63: 'Con gusto les ayudo. Si me lo envían por escrito, lo reviso con calma y les respondo.',
          n18bhr:
            'Me alegra que hayan llamado. ¿Lo hacemos breve y vemos los detalles en la próxima reunión?',
          d3uhax: '¿Qué es lo más urgente para ustedes? Empecemos por ahí.',
        },
        any: {
          ouxrtq: 'Lo vemos ahora sin problema; eso sí, tendrá que ser algo breve.',
        },
      },
      informal: {
        one: {
          pkf00u: 'Con gusto te ayudo. Si me lo mandas por escrito, lo reviso con calma y te respondo.',
          sl0vn2:
            'Me alegra que hayas llamado. ¿Lo hacemos corto y vemos los detalles en la próxima llamada?',
          dw3q41: '{name}, ¿qué es lo más urgente? Empezamos por ahí.',
        },
        group: {
          aibc3o: 'Con gusto les ayudo. Si me lo mandan por escrito, lo reviso con calma y les respondo.',
          lrqmql:
            'Me alegra que hayan llamado. ¿Lo hacemos corto y vemos los detalles en la próxima reunión?',
          glpf8i: '¿Qué es lo más urgente para ustedes? Empezamos por ahí.',
        },
        any: {
          arsces: 'Lo vemos ahora sin problema, pero que sea algo rápido.',
        },
      },
    },
    2: {
      formal: {
        one: {
          h8yncc: '¿Le parece si me envía las demás preguntas por escrito y se las respondo todas juntas?',
          aiorsi:
            'Para que su proyecto siga avanzando, necesito que estas llamadas sean breves. ¿Cerramos esto en unos minutos?',
          kqeo0j:
            'Prefiero no entrar en detalles sin haberlo revisado. Lo estudio y le respondo en cuanto lo tenga claro.',
        },
        group: {
          sfig8h: '¿Les parece si me envían las demás preguntas por escrito y se las respondo todas juntas?',
          sofnbq:
            'Para que el proyecto siga avanzando, necesito que estas llamadas sean breves. ¿Cerramos esto en unos minutos?',
          qycajf:
            'Prefiero no entrar en detalles sin haberlo revisado. Lo estudio y les respondo en cuanto lo tenga claro.',
        },
        any: {
          k7tcuq:
            'Quiero dedicarle a esto la atención que merece: ¿lo vemos en la llamada que tenemos prevista?',
        },
      },
      informal: {
        one: {
          ar6ff8:
            'Para que tu proyecto siga avanzando, necesito que estas llamadas sean cortas. ¿Lo cerramos en unos minutos?',
          v5piz8:
            'Prefiero no entrar en detalles sin haberlo revisado. Lo miro y te digo algo en cuanto lo tenga claro.',
        },
        group: {
          subue6:
            'Para que el proyecto siga avanzando, necesito que estas llamadas sean cortas. ¿Lo cerramos en unos minutos?',
          r26rud:
            'Prefiero no entrar en detalles sin haberlo revisado. Lo miro y les digo algo en cuanto lo tenga claro.',
        },
        any: {
          h542oq: 'Las demás preguntas, mejor por escrito: así las respondo todas juntas.',
          dtkas1: 'Esto merece que lo veamos con calma: ¿lo dejamos para la llamada que tenemos prevista?',
        },
      },
    },
    3: {
      formal: {
        one: {
          rgajts: 'Tengo que dejarlo aquí. Envíeme el resto por correo y lo vemos en la llamada semanal.',
          zeb1ez:
            'Para no restarle tiempo a su proyecto, ¿le parece que a partir de ahora dejemos estos temas para la llamada semanal?',
          ksjg4g:
            'Tengo que cortar aquí. Si a menudo necesita que esté disponible sin previo aviso, hablemos de una tarifa para ese servicio.',
        },
        group: {
          ejca6t: 'Tengo que dejarlo aquí. Envíenme el resto por correo y lo vemos en la reunión semanal.',
          nrpw8m:
            'Para no restarle tiempo al proyecto, a partir de ahora dejemos estos temas para la reunión semanal.',
          uzmxgo:
            'Aquí lo tengo que cortar. Gracias por entenderlo: así puedo cumplir con los plazos del proyecto.',
        },
        any: {
          kdwd6v: 'Ahora tengo que volver a lo que tenía entre manos, así que lo dejamos aquí.',
        },
      },
      informal: {
        one: {
          tfjbmd: 'Tengo que dejarlo aquí. Mándame el resto por correo y lo vemos en la llamada semanal.',
          lqlgz8:
            'Para no quitarle tiempo a tu proyecto, ¿qué te parece si a partir de ahora dejamos estas cosas para la llamada semanal?',
          ok8toh:
            'Tengo que cortar aquí. Si a menudo necesitas que esté disponible sin aviso, hablemos de una tarifa para eso.',
        },
        group: {
          tmco71: 'Tengo que dejarlo aquí. Mándenme el resto por correo y lo vemos en la reunión semanal.',
          yelrzo:
            'Para no quitarle tiempo al proyecto, a partir de ahora dejamos estos temas para la reunión semanal.',
          z1drll: 'Aquí lo tengo que cortar. Gracias por entenderlo: así cumplo con los plazos del proyecto.',
        },
        any: {
          kuxqn0: 'Ahora me toca volver a lo que estaba haciendo, así que lo dejamos aquí.',
        },
      },
    },
  },
  hardTalk: {
    1: {
      formal: {
        one: {
          h0dz96: 'Entiendo lo que me dice. Permítame un momento para pensarlo.',
          kvi0xg:
            'Gracias por hablarme con tanta franqueza. ¿Qué le parece si hacemos una pausa breve y luego lo retomamos con calma?',
          o5aq23:
            'Sobre «{item}», déjeme ver si lo he entendido: se lo resumo en dos palabras y usted me corrige.',
        },
        group: {
          hymesg: 'Entiendo lo que me plantean. Permítanme un momento para pensarlo.',
          uzslhp:
            'Gracias por hablarme con tanta franqueza. ¿Qué les parece si hacemos una pausa breve y luego lo retomamos con calma?',
          xfttsd:
            'Sobre «{item}», déjenme ver si lo he entendido: se lo resumo en dos palabras y ustedes me corrigen.',
        },
        any: {
          l5x8lw: 'Esto es importante, así que vayamos por partes.',
        },
      },
      informal: {
        one: {
          m2q8je: 'Entiendo lo que me dices. Dame un momento para pensarlo.',
          ly435l:
            'Gracias por hablarme con tanta sinceridad. ¿Qué te parece si hacemos una pausa corta y luego lo retomamos con calma?',
          vn8txy: 'Sobre «{item}», a ver si lo he entendido: te lo resumo en dos palabras y tú me corriges.',
        },
        group: {
          dqmqzx: 'Entiendo lo que me plantean. Denme un momento para pensarlo.',
          luasq9:
            'Gracias por hablarme con tanta sinceridad. ¿Qué les parece si hacemos una pausa corta y luego lo retomamos con calma?',
          wzghlr: 'Sobre «{item}», a ver si lo he entendido: se lo resumo en dos palabras y me corrigen.',
        },
        any: {
          k60lun: 'Esto es importante, así que vamos por partes.',
        },
      },
    },
    2: {
      formal: {
        one: {
          ovmnvl: 'No quiero responderle a la ligera. ¿Le parece si mañana le doy una respuesta meditada?',
          d10kaa:
            'Estamos abriendo muchos frentes. ¿Le parece que nos centremos en lo principal y dejemos el resto para otro momento?',
          kf3f1w: 'Quiero hacerlo bien. Le resumo lo que he entendido y se lo confirmo por escrito.',
        },
        group: {
          pc8mcs: 'No quiero responderles a la ligera. ¿Les parece si mañana les doy una respuesta meditada?',
          sxvbat:
            'Estamos abriendo muchos frentes. ¿Les parece que nos centremos en lo principal y dejemos el resto para otro momento?',
          ha6b0g: 'Quiero hacerlo bien. Les resumo lo que he entendido y se lo confirmo por escrito.',
        },
        any: {
          z8xvtd:
            'Esto merece más tiempo del que tenemos ahora. ¿Programamos otra llamada para seguir con «{item}»?',
        },
      },
      informal: {
        one: {
          ii2713: 'No quiero responderte a la ligera. ¿Te parece si mañana te doy una respuesta pensada?',
          kbqvjd:
            'Estamos abriendo muchos frentes. ¿Nos centramos en lo principal y el resto lo vemos en otro momento?',
          kl1hso: 'Quiero hacerlo bien. Te resumo lo que he entendido y te lo confirmo por escrito.',
        },
        group: {
          j38lrc: 'No quiero responderles a la ligera. ¿Les parece si mañana les doy una respuesta pensada?',
          ybzsrr:
            'Estamos abriendo muchos frentes. ¿Nos centramos en lo principal y el resto lo vemos en otro momento?',
          po6l1t: 'Quiero hacerlo bien. Les resumo lo que he entendido y se lo confirmo por escrito.',
        },
        any: {
          kw25cl:
            'Esto merece más tiempo del que tenemos. ¿Programamos otra llamada para seguir con «{item}»?',
        },
      },
    },
    3: {
      formal: {
        one: {
          frcr2e:
            'Dejémoslo aquí por hoy. Le enviaré mi respuesta por escrito antes de que termine la semana.',
          kn45db:
            'Creo que estamos dándole vueltas a lo mismo. Paremos aquí: prefiero que no decidamos nada en caliente.',
          p6rbzz:
            'Hemos tratado muchas cosas. Antes de cerrar, repasemos en qué estamos de acuerdo y qué queda abierto.',
          km2l2i: '{name}, cerremos aquí y retomemos «{item}» cuando hayamos tenido tiempo de reflexionar.',
        },
        group: {
          ld5qyw:
            'Dejémoslo aquí por hoy. Les enviaré mi respuesta por escrito antes de que termine la semana.',
          wgifq4:
            'Creo que estamos dándole vueltas a lo mismo. Paremos aquí: prefiero que no decidamos nada en caliente.',
          hshfn6:
            'Hemos tratado muchas cosas. Antes de cerrar, repasemos en qué estamos de acuerdo y qué queda abierto.',
          r0gjf4: 'Cerremos aquí y retomemos «{item}» cuando todos hayamos tenido tiempo de reflexionar.',
        },
      },
      informal: {
        one: {
          uxhrkz: 'Dejémoslo aquí por hoy. Te mando mi respuesta por escrito antes de que acabe la semana.',
          q6snri:
            'Creo que le estamos dando vueltas a lo mismo. Paramos aquí, que no quiero que decidamos nada en caliente.',
          jtra6g:
            'Hemos tratado muchas cosas. Antes de cerrar, repasamos en qué estamos de acuerdo y qué queda abierto.',
          itgic4: '{name}, cerremos aquí y retomemos «{item}» cuando hayamos tenido tiempo de pensarlo.',
        },
        group: {
          dirhaj: 'Dejémoslo aquí por hoy. Les mando mi respuesta por escrito antes de que acabe la semana.',
          klkq3j:
            'Creo que le estamos dando vueltas a lo mismo. Paramos aquí, que no quiero que decidamos nada en caliente.',
          cfitfh:
            'Hemos tratado muchas cosas. Antes de cerrar, repasamos en qué estamos de acuerdo y qué queda abierto.',
          sgimt6: 'Cerremos aquí y retomemos «{item}» cuando todos hayamos tenido tiempo de pensarlo.',
        },
      },
    },
  },
  turnLong: {
    1: {
      formal: {
        one: {
          qdc163: 'Gracias, {name}. Me gustaría escuchar también a quien todavía no haya hablado.',
          e5wrt6:
            '{name}, muy interesante, gracias. Disculpe la interrupción: ¿escuchamos otras opiniones sobre «{item}»?',
          ieecqf:
            'Muchas gracias, {name}. Quisiera oír a un par de personas más, y enseguida vuelvo con usted.',
          xpe9cr: 'Gracias, {name}. Ahora escuchemos a {nextName}.',
        },
      },
      informal: {
        one: {
          caq2lo: 'Gracias, {name}. Quiero dar la palabra también a quien aún no haya hablado.',
          prkwfy:
            '{name}, muy interesante, gracias. Perdona que te interrumpa: ¿escuchamos otras opiniones sobre «{item}»?',
          qioolq: 'Gracias, {name}. Quiero oír a un par de personas más, y enseguida vuelvo contigo.',
          lzq7gz: 'Gracias, {name}. Ahora escuchemos a {nextName}.',
        },
      },
    },
    2: {
      formal: {
        one: {
          p6trex: '{name}, ¿podría resumirlo en una frase? Quisiera dejar espacio a los demás.',
          ig11ln: 'Un momento, {name}: quiero asegurarme de que todos puedan opinar sobre «{item}».',
          mknisv: '{name}, ¿le parece si dejamos el resto para después y escuchamos primero a los demás?',
          nt6b3z: '{name}, demos la palabra a {nextName} un momento, y luego volvemos con usted.',
        },
      },
      informal: {
        one: {
          hrb368: '{name}, ¿puedes resumirlo en una frase? Quiero dejar espacio a los demás.',
          vaa30e: 'Te interrumpo un momento, {name}: quiero que todos puedan opinar sobre «{item}».',
          ppaldj: '{name}, ¿dejamos el resto para después y escuchamos primero a los demás?',
          o3nh8x: '{name}, démosle la palabra a {nextName} un momento y luego seguimos contigo.',
        },
      },
    },
    3: {
      formal: {
        one: {
          a4mndw: '{name}, aquí tengo que cortar para que los demás también puedan hablar.',
          g1mddo: 'Gracias, {name}; tenemos que avanzar, así que vamos a escuchar a alguien más.',
          niin17: '{name}, dejémoslo aquí; si quiere, envíeme el resto por escrito.',
          ym9rp2: 'Gracias, {name}, pero le pido que lo deje aquí: quiero oír también a {nextName}.',
        },
      },
      informal: {
        one: {
          qifbya: '{name}, tengo que cortarte aquí para que los demás también puedan hablar.',
          bqs8m6: 'Gracias, {name}; tenemos que avanzar, así que vamos a escuchar a alguien más.',
          df5vi1: '{name}, dejémoslo aquí; si quieres, mándame el resto por escrito.',
          r8x67c: 'Gracias, {name}, pero te pido que lo dejes aquí: quiero oír también a {nextName}.',
        },
      },
    },
  },
  quietInvite: {
    1: {
      formal: {
        one: {
          d5yol5: '{name}, ¿quiere añadir algo?',
          o65foj: '{name}, me encantaría saber qué piensa usted de «{item}».',
          p29pmw: '{name}, ¿y usted cómo lo ve?',
        },
      },
      informal: {
        one: {
          e7lu7g: '{name}, ¿quieres añadir algo?',
          z5539o: '{name}, me encantaría saber qué piensas de «{item}».',
          wy7z4g: '{name}, ¿y tú cómo lo ves?',
        },
      },
    },
    2: {
      formal: {
        one: {
          psayhv: '{name}, antes de seguir me gustaría mucho conocer su opinión sobre «{item}».',
          kzzg78: '{name}, ¿se nos escapa algo? Quizá usted lo vea de otra manera.',
          bc6atr: '{name}, su punto de vista nos vendría muy bien: ¿qué opina?',
        },
      },
      informal: {
        one: {
          z607lm: '{name}, antes de seguir me gustaría mucho saber tu opinión sobre «{item}».',
          wqco4x: '{name}, ¿se nos escapa algo? A lo mejor tú lo ves de otra manera.',
          tf2sbi: '{name}, tu punto de vista nos vendría muy bien: ¿qué opinas?',
        },
      },
    },
    3: {
      formal: {
        one: {
          yoriwf: 'Antes de decidir nada, quiero escuchar a todos. {name}, ¿qué opina usted?',
          ktnmyk: '{name}, no quisiera seguir sin conocer su opinión sobre «{item}».',
          orb9co: '{name}, le cedo la palabra: la opinión de todos cuenta para decidir. ¿Qué le parece?',
        },
      },
      informal: {
        one: {
          cqxg1d: 'Antes de decidir nada, quiero escuchar a todos. {name}, ¿qué opinas tú?',
          u8t2lr: '{name}, no quiero seguir sin saber qué opinas de «{item}».',
          gow8hr: '{name}, te cedo la palabra: la opinión de todos cuenta para decidir. ¿Qué te parece?',
        },
      },
    },
  },
  roundHandover: {
    1: {
      formal: {
        one: {
          io7vy1: '¡Gracias, {name}! {nextName}, adelante.',
          ketmcu: '{name}, muchas gracias; se le acabó el tiempo. Ahora, {nextName}.',
          iga7ui: 'Gracias, {name}; con esto cerramos su turno.',
          fxiiar: '{name}, muchas gracias; si le queda algo, lo retomamos después.',
        },
      },
      informal: {
        one: {
          vfihuj: '¡Gracias, {name}! {nextName}, adelante.',
          r1sf58: '{name}, muchas gracias; se te acabó el tiempo. Ahora, {nextName}.',
          u0488c: 'Gracias, {name}; con esto cerramos tu turno.',
          biqjtk: '{name}, muchas gracias; si te queda algo, lo retomamos después.',
        },
      },
    },
    2: {
      formal: {
        one: {
          r24l5w: '{name}, estamos un poco pasados de tiempo: ¿podría cerrar con una frase?',
          q7w1hn: '{name}, una última idea y seguimos.',
          x5ioj9: '{name}, dejemos el resto para después de la ronda. Ahora le toca a {nextName}.',
        },
      },
      informal: {
        one: {
          gdh1iu: '{name}, estamos un poco pasados de tiempo: ¿puedes cerrar con una frase?',
          kotjbm: '{name}, una última idea y seguimos.',
          jkniop: '{name}, dejemos el resto para después de la ronda. Ahora le toca a {nextName}.',
        },
      },
    },
    3: {
      formal: {
        one: {
          c442cw: '{name}, tengo que cortar aquí para que todos tengan el mismo tiempo.',
          ebrto9: 'Gracias, {name}; tenemos que seguir. {nextName}, por favor.',
          kcmv33: '{name}, se nos acabó el tiempo, así que lo dejamos aquí; el resto lo vemos aparte.',
        },
      },
      informal: {
        one: {
          eyrqbv: '{name}, tengo que cortarte aquí para que todos tengan el mismo tiempo.',
          cjk7ra: 'Gracias, {name}; tenemos que seguir. {nextName}, por favor.',
          oyeg5f: '{name}, se nos acabó el tiempo, así que lo dejamos aquí; el resto lo vemos aparte.',
        },
      },
    },
  },
  queueLong: {
    1: {
      formal: {
        group: {
          caupgr:
            'Tenemos {minutes} para «{item}» y todavía quieren hablar {queue}: seamos breves, por favor.',
          dqq9h1:
            'Les recuerdo que tenemos {minutes} para «{item}». {queue}, un punto por persona, por favor.',
          v7z8dk:
            'Todavía hay gente esperando: si lo que querían decir ya se ha dicho, pueden ceder su turno. Tenemos {minutes} para «{item}».',
        },
      },
      informal: {
        group: {
          ic4lww: 'Tenemos {minutes} para «{item}» y todavía quieren hablar {queue}: vamos a ser breves.',
          mr540g:
            'Vamos con el tiempo justo: tenemos {minutes} para «{item}». {queue}, un punto por persona.',
          p6n6ha:
            'Aún hay gente esperando: si lo que iban a decir ya salió, pueden ceder su turno sin problema. Tenemos {minutes} para «{item}».',
        },
      },
    },
    2: {
      formal: {
        group: {
          f49crm: 'Tenemos {minutes}: {queue}, les propongo un punto por persona y el resto por correo.',
          i4zrm0: 'Se nos acaba el tiempo de «{item}»: {queue}, ¿podrían resumir su punto en una frase?',
          j4oo97: 'Para que todos puedan hablar, limitémonos a puntos nuevos: tenemos {minutes}.',
        },
      },
      informal: {
        group: {
          rn3rdm: 'Tenemos {minutes}: {queue}, un punto por persona y el resto por correo.',
          injsg1: 'Se nos acaba el tiempo de «{item}»: {queue}, ¿pueden resumir su punto en una frase?',
          u8mqs9: 'Para que hable todo el mundo, solo puntos nuevos: tenemos {minutes}.',
        },
      },
    },
    3: {
      formal: {
        group: {
          i7mu7f: 'Se acabó el tiempo de «{item}». {queue}, ¿podrían enviarme sus puntos por escrito?',
          tlxxmr:
            'Tengo que cerrar aquí el turno de palabra: anotamos los puntos pendientes y los vemos después de la llamada.',
          qh719l:
            'Tenemos que avanzar. Si alguien tiene algo que no puede esperar, que lo diga ahora en una frase; lo demás, por escrito.',
          sta3ou:
            'Cerremos aquí «{item}» y pasemos a «{next}»; después recojo los puntos que quedaron pendientes.',
        },
      },
      informal: {
        group: {
          h0pw2p: 'Se acabó el tiempo de «{item}». {queue}, ¿me mandan sus puntos por escrito?',
          ijfedx: 'Cierro aquí el turno de palabra: anotamos lo pendiente y lo vemos después de la llamada.',
          rxny6r:
            'Tenemos que seguir. Si a alguien le queda algo que no puede esperar, que lo diga ahora en una frase; lo demás, por escrito.',
          hqu7cg: 'Cerremos aquí «{item}» y pasemos a «{next}»; luego recojo los puntos pendientes.',
        },
      },
    },
  },
};
