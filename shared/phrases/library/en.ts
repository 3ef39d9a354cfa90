import type { LocalePhrases } from '../phrase.types';

/** English has one way to say "you": every line is 'neutral'. The model the other languages are written from. */
export const en: LocalePhrases = {
  chattyClient: {
    1: {
      neutral: {
        ymjp2r:
          'That sounds wonderful — let’s save the rest for the end of the call. I have a few points on {item} first.',
        kkhsej:
          'Ha, I’d love to hear more about that — can we park it for a moment and come back to it at the end?',
        zrocmr:
          '{client}, that’s a great story. Let me just get through the business bits first, then I’m all ears.',
        k84bt8:
          'Interesting! Let’s set that aside for a moment — I want to make sure we cover {item} properly.',
      },
    },
    2: {
      neutral: {
        dpazzw: 'I’m sure you don’t want to pay me to chat too long — shall we get back to the project?',
        am3riw: 'I’m enjoying this, but I’m on the clock for you — shall we get back to {item}?',
        maxmfx:
          'We’ve been off topic for {minutes} — I’d rather you spent that on the project. Back to {item}?',
        kby3zj:
          '{client}, I’ll happily chat more another time, but let’s use your hour for the work. Where were we on {item}?',
      },
    },
    3: {
      neutral: {
        k0tz0t: 'We’ve spent {minutes} off topic — that’s {cost} of your budget. Let’s get back to {item}.',
        k61rmp: 'I want to be fair to your budget, so let’s get back to the agenda now.',
        kk87bm: 'Let’s pick this up another time — I’d like to make sure we finish {item} today.',
        a642ur: '{client}, I need to steer us back: we still have {item} to get through.',
      },
    },
  },
  groupDrift: {
    1: {
      neutral: {
        k1gpe1: 'Good point — let’s park that and come back to it at the end if there’s time.',
        zn9x3v: 'That’s worth a separate conversation. Shall we get back to {item}?',
        w3z9kb: 'Let me note that down so we don’t lose it, and bring us back to {item}.',
        k68jy7: 'Interesting thread — can we take it offline and pick up {item} again?',
      },
    },
    2: {
      neutral: {
        wcoas0:
          'We’ve drifted for {minutes} — let’s get back to the agenda so everyone’s time is well spent.',
        okgfxu: 'I’m conscious of everyone’s time — can we take this offline and return to {item}?',
        bx6jyf: 'Let’s get back on track: {item} is still open, and not everyone needs this thread.',
        sndaz0: 'Could the people involved pick this up after the call? Let’s get back to {item}.',
      },
    },
    3: {
      neutral: {
        pt90mj: 'We’ve spent {minutes} off the agenda. I’m going to bring us back to {item} now.',
        khaxo5: 'Let’s stop here and take this offline — we need the remaining time for {item}.',
        fkxf65: 'To respect everyone’s time, I’m parking this topic now. Back to {item}.',
        pc12ti: 'We need to move on. Please take this one offline and let’s finish {item}.',
      },
    },
  },
  itemOverrun: {
    1: {
      neutral: {
        b4yapp: 'We’re at the time we set for {item}. Shall we wrap it up?',
        k2fauj: 'Time’s up for {item} — anything essential before we move on to {next}?',
        kut1gl: 'We’ve reached the time for this point. Let’s capture the decision and move on.',
        wmwpv9: 'Just a quick time check: {item} is at its planned time.',
      },
    },
    2: {
      neutral: {
        wwevrx: 'We’re {minutes} over on {item}. Can we agree on next steps and move to {next}?',
        k4iktj: 'Let’s wrap up {item} — we’re running over, and I want to leave time for the rest.',
        e9qfav: 'We’re over time on this one. Shall I write up what we have, and we move on?',
        chz7k8: 'To keep us on schedule, let’s close {item} here and follow up by email.',
      },
    },
    3: {
      neutral: {
        v0oxk8: 'We’re {minutes} over on {item}. I’m going to move us on to {next} now.',
        km1rkp: 'Let’s stop {item} here. I’ll send a follow-up so nothing gets lost.',
        kpctqk: 'We’ve run well over on this point. Let’s park the rest and move on.',
        x9bwkv: 'We need to move on now — {item} can continue in a separate call if needed.',
      },
    },
  },
  capNear: {
    1: {
      neutral: {
        fvqyyf: 'Quick time check: we have {minutes} left. Let’s make sure we cover what matters most.',
        qa0t3q: 'We’ve got about {minutes} left — what’s the one thing you’d like to settle today?',
        lqcrvs: 'Just so you know, we have {minutes} left in our time today.',
        hx07p5: '{client}, we have {minutes} left — shall we go through the key points?',
      },
    },
    2: {
      neutral: {
        kt36yi: 'We have {minutes} left. Let’s start wrapping up and agree on next steps.',
        e35a7x: 'Only {minutes} to go — let’s sum up and decide who does what.',
        k7cr1w: 'We’re nearly out of time. Let me recap the next steps.',
        gd77wb: 'With {minutes} left, let’s leave the rest for our next call.',
      },
    },
    3: {
      neutral: {
        bd5mjl: 'We’re down to the last few minutes. Let me quickly recap, and then we’ll close.',
        swrtjt: 'We have {minutes} left — let’s wrap up here.',
        d2gb5b: 'Time’s almost up. I’ll send a summary after the call.',
        uph3a5: 'Let’s finish here — I’ll follow up in writing on anything still open.',
      },
    },
  },
  capPassed: {
    1: {
      neutral: {
        wp9evu: 'We’re at the end of our time. Let’s wrap up here, and I’ll send a summary.',
        dks45g: 'That’s our time. Shall we finish with the next steps?',
        k1zxy4: 'We’ve reached the time we set aside. Anything urgent before we close?',
        k1gfrj: '{client}, we’re at time — I’ll follow up by email on the rest.',
      },
    },
    2: {
      neutral: {
        kcf13p: 'We’re {minutes} over our time. Let’s close now and pick up the rest next time.',
        bxemgg: 'I have to be mindful of the time — let’s stop here and continue on our next call.',
        kbrz53: 'We’ve run over. I’ll send a recap, and we can finish the rest by email.',
        h6q5ho: 'I need to wrap up now — I have another commitment. Let’s continue next time.',
      },
    },
    3: {
      neutral: {
        fqjn1g: 'We’re {minutes} over. I have to end the call here — I’ll send you the next steps.',
        kca52w: 'I’m sorry, I really have to go now. Let’s book a follow-up for the rest.',
        n0zrpm: 'Let’s stop here. Anything still open goes on the agenda for our next call.',
        vjw4be: 'I need to end here. I’ll send a summary, and we’ll pick up the rest next time.',
      },
    },
  },
  chatAtEnd: {
    1: {
      neutral: {
        qsa7gq: 'It’s been lovely catching up! I’ll get back to work on your project now.',
        wg395n: 'Great to chat, {client}. I’ll get going on your project so it’s ready on time.',
        af3uau: 'Thanks for the chat — I’ll let you go and get started on what we discussed.',
        kapsgb: 'Always nice to catch up. I’ll make a start on the next steps right away.',
      },
    },
    2: {
      neutral: {
        jjsovx: 'I’d better let you go — and get on with your project!',
        my51gq: 'This was fun, but your project won’t finish itself. Talk soon!',
        kxm2f6: 'I’ll let you get on with your day — and I’ll get on with your project.',
        l0ozy6: 'Let’s pick this up next time. I want to get started on your work today.',
      },
    },
    3: {
      neutral: {
        l70oxs: 'I really have to go now — I’ll be in touch with an update on your project.',
        hlko6t: 'I need to wrap up here. Talk soon, and I’ll send you an update.',
        l7usfu: 'I have to jump off now. Thanks again — you’ll hear from me soon.',
        kocy86: 'Let’s say goodbye here — I have to get to my next call.',
      },
    },
  },
  adhocCall: {
    1: {
      neutral: {
        dj2z3i: 'Happy to help. Can we put the rest on our weekly call so I can get back to your project?',
        r00qhy: 'I’m glad you called. Shall we keep this short and go through the details on our next call?',
        kbghii: 'Let me jot this down, and we’ll cover it properly on our next scheduled call.',
        xg43gs: '{client}, can we save the rest for our regular call? I’m in the middle of your project.',
      },
    },
    2: {
      neutral: {
        koxugd: 'We’ve been on for {minutes}. Let’s collect the other questions for our weekly call.',
        yqei51: 'I’d like to give this proper attention — can we cover it on our scheduled call?',
        bcyu2f:
          'To keep your project moving, let’s keep these quick calls short and save the rest for our weekly slot.',
        kvyqin:
          'I’m not prepared to go into detail on this now. Let me get back to you once I’ve looked at it.',
      },
    },
    3: {
      neutral: {
        k1kggr: 'I have to get back to work now. Let’s pick this up on our next scheduled call.',
        rfh5cx:
          'I need to end here — please send me the rest by email, and I’ll handle it on our weekly call.',
        xa6jb1:
          'Calls like this take time away from your project. Let’s keep to our weekly call from now on.',
        kuisfh:
          'I’ll have to stop here. If you often need me at short notice, let’s talk about an on-call rate.',
      },
    },
  },
  hardTalk: {
    1: {
      neutral: {
        kpfplk: 'I hear you. Let me take a moment to think about that.',
        s0i9yc: 'Thank you for being open about this. Can I take a minute before I answer?',
        q08o5d: 'That’s important. I want to give you a proper answer, not a quick one.',
        icxhaa: 'Let me make sure I understand — could you say a bit more about that?',
      },
    },
    2: {
      neutral: {
        kz868q:
          'I don’t want to answer this in a rush. Can I come back to you tomorrow with a considered reply?',
        akt4lp: 'Let’s pause here. I’ll think it over and get back to you with a clear proposal.',
        k595oz: 'I want to get this right. Let me sum up what I’ve heard and follow up in writing.',
        yedien: 'This deserves more time than we have now. Shall we set up a follow-up call?',
      },
    },
    3: {
      neutral: {
        o3r9l4: 'Let’s stop here for today. I’ll send you my answer in writing by the end of the week.',
        wx6477: 'I’d rather not decide this on the spot. I’ll come back to you once I’ve thought it through.',
        qe0eav:
          'We’ve covered a lot. Let me take some time with it, and I’ll follow up on everything I promised.',
        khycsi: 'Let’s close here and pick this up once we’ve both had time to reflect.',
      },
    },
  },
};
