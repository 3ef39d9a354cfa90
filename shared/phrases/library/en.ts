import type { LocalePhrases } from '../phrase.types';

/**
 * English has one way to say "you": every line is 'neutral'. British spelling. The model the other languages are
 * written from. Audience: 'one' lines speak to one person ("you" meant for them, {name}, "your project"); 'group'
 * lines speak to several ("everyone", "you all", "thank you all"); 'any' lines say only "we" and "I" (and "let me")
 * and address no one, so they work before one person or a room alike. A vocative is {name}, never {client} (a client
 * may be a company). No verb agrees with {minutes}, which may be "1 minute": "we have {minutes} left", never "there
 * are".
 */
export const en: LocalePhrases = {
  chattyClient: {
    1: {
      neutral: {
        one: {
          ymjp2r:
            'That sounds wonderful — let’s save the rest for the end of the call. I have a few points on {item} first.',
          kkhsej: 'I could talk about this all day! Mind if I steer us back to {item}, though?',
          zrocmr: '{name}, what a story! That reminds me, actually — where are we with {item}?',
          k84bt8:
            'That’s really interesting — let’s set it aside for a moment, though. I want to make sure we cover {item} properly.',
        },
      },
    },
    2: {
      neutral: {
        one: {
          dpazzw: 'I’m sure you don’t want to pay me just to chat — shall we get back to the project?',
          am3riw:
            'I’m enjoying this, but I’m keeping an eye on the clock for you. Shall we pick up {item} again?',
          maxmfx:
            'We’ve been off topic for {minutes} — I’d rather we spent the time on your project. Back to {item}?',
          kby3zj:
            '{name}, I’d happily chat more another time, but let’s keep this call for your project. Where were we with {item}?',
        },
      },
    },
    3: {
      neutral: {
        one: {
          k0tz0t:
            'We’ve been chatting for {minutes} — that’s {cost} I’d rather put into your project. Let’s get back to {item}.',
          k61rmp: 'I’m going to have to keep us to time now, so let’s get back to the agenda.',
          kk87bm: 'Let’s pick this up another time — I’d like to make sure we finish {item} today.',
          a642ur: '{name}, I need to steer us back — we still have {item} to get through.',
        },
      },
    },
  },
  groupDrift: {
    1: {
      neutral: {
        group: {
          k1gpe1: 'Good point — let’s park that and come back to it at the end if there’s time.',
          zn9x3v: 'That’s worth a separate conversation. Shall we get back to {item}?',
          w3z9kb: 'I’ll make a note of that so we don’t lose it. Back to {item} for now?',
          k68jy7: 'Can I pause us there for a second? I want to make sure we get through {item}.',
        },
      },
    },
    2: {
      neutral: {
        group: {
          wcoas0: 'We’ve been off track for {minutes} now — shall we get back to the agenda?',
          okgfxu: 'I’m conscious of everyone’s time — let’s leave it there and get back to {item}.',
          bx6jyf:
            'Let’s get back on track — we still haven’t finished {item}, and I’d like to give it the time it needs.',
          sndaz0: 'Could the people involved pick this up after the call? Let’s get back to {item}.',
        },
      },
    },
    3: {
      neutral: {
        group: {
          pt90mj: 'We’ve spent {minutes} off the agenda. I’m going to bring us back to {item} now.',
          khaxo5: 'Let’s stop here and take this offline — we need the remaining time for {item}.',
          fkxf65: 'I’m parking this one now — we can come back to it another time. Back to {item}.',
          pc12ti: 'Could someone take this away and bring it back next time? We’re moving on to {item} now.',
        },
      },
    },
  },
  itemOverrun: {
    1: {
      neutral: {
        any: {
          b4yapp: 'We’ve hit the time we set for {item}. Shall we start wrapping it up?',
          k2fauj: 'That’s our time for {item} — anything essential before we move on to {next}?',
          kut1gl: 'Let’s note what we’ve decided on this one and move on — we’re at time.',
          wmwpv9: 'Quick time check on {item}: do we need a few more minutes, or shall we close it here?',
        },
      },
    },
    2: {
      neutral: {
        any: {
          wwevrx: 'We’re {minutes} over on {item}. Can we agree on next steps and move to {next}?',
          k4iktj: 'Let’s wrap up {item} — we’re running over, and I want to leave time for the rest.',
          e9qfav: 'We’re over time on this one. Shall I write up where we’ve got to, so we can move on?',
          chz7k8: 'To keep us on schedule, let’s close {item} here and pick up anything left at the end.',
        },
      },
    },
    3: {
      neutral: {
        any: {
          v0oxk8: 'We’ve gone {minutes} past the time for {item}. I’m moving us on to {next} now.',
          km1rkp: 'Let’s leave {item} there. I’ll send a follow-up so nothing gets lost.',
          kpctqk: 'We’ve run well over on this point. Let’s park the rest and move on.',
          x9bwkv: 'We need to move on now — if {item} needs more time, let’s set up a separate call for it.',
        },
      },
    },
  },
  capNear: {
    1: {
      neutral: {
        one: {
          qa0t3q: 'We’ve got {minutes} left — what’s the one thing you’d most like to settle today?',
          hx07p5: '{name}, we have {minutes} left — shall we run through the key points?',
        },
        group: {
          cldieh: 'With {minutes} left, is there anything anyone still needs to raise?',
          e5sptl: 'We’ve got {minutes} left, everyone — let’s make sure we leave time to agree on actions.',
        },
        any: {
          fvqyyf: 'Quick time check: we have {minutes} left. Let’s make sure we cover what matters most.',
          lqcrvs: 'We’re on the home straight now — {minutes} to go.',
        },
      },
    },
    2: {
      neutral: {
        any: {
          kt36yi: 'We have {minutes} left — time to start wrapping up.',
          e35a7x: 'Only {minutes} to go — let’s sum up and decide who does what.',
          k7cr1w: 'We’re nearly out of time — what’s the most important thing left to decide?',
          gd77wb: 'With {minutes} left, let’s leave the rest for our next call.',
        },
      },
    },
    3: {
      neutral: {
        any: {
          bd5mjl: 'We’re down to the last few minutes. Let me quickly recap, and then we’ll close.',
          swrtjt: 'We have {minutes} left, so no new topics — let’s wrap up here.',
          uph3a5: 'Let’s finish here — I’ll follow up in writing on anything still open.',
          bhblrr: 'We need to finish on time today, so let’s make this the last point.',
        },
      },
    },
  },
  capPassed: {
    1: {
      neutral: {
        one: {
          k1gfrj: '{name}, we’re at time — thanks so much, this was really useful.',
        },
        group: {
          rki1ui:
            'We’re at time — thank you all for a good discussion. Anything we didn’t get to, we’ll pick up next time.',
        },
        any: {
          wp9evu: 'We’re at the end of our time. Let’s wrap up here, and I’ll send a summary.',
          dks45g: 'That’s our time. Shall we finish with the next steps?',
          k1zxy4: 'Before we finish — is there anything urgent that can’t wait until next time?',
        },
      },
    },
    2: {
      neutral: {
        one: {
          bxemgg: 'I don’t want to keep you any longer — let’s stop here and continue on our next call.',
        },
        group: {
          yzykl2:
            'I don’t want to keep everyone any longer — let’s stop here and carry on at our next meeting.',
        },
        any: {
          kcf13p: 'We’re {minutes} over time. Let’s close now — anything left can go on the next agenda.',
          kbrz53: 'We’ve run over. I’ll send a recap, and we can finish the rest by email.',
          h6q5ho: 'I need to wrap up now — I’ve got another commitment. Let’s continue next time.',
        },
      },
    },
    3: {
      neutral: {
        one: {
          vjw4be: '{name}, we’re well past our time, so I’m going to stop us here.',
        },
        group: {
          uyzvcc: 'Thanks, everyone — we’re well over, so I’m closing the meeting here.',
        },
        any: {
          fqjn1g: 'We’re {minutes} over, so I have to end the call here. I’ll send over the next steps.',
          kca52w: 'I’m sorry, I really have to go now. Let’s book a follow-up for the rest.',
          n0zrpm: 'Let’s stop here. Anything still open goes on the agenda for next time.',
        },
      },
    },
  },
  chatAtEnd: {
    1: {
      neutral: {
        one: {
          qsa7gq: 'It’s been lovely catching up! I’ll get back to work on your project now.',
          wg395n: 'Great to chat, {name}. I’ll send you a quick summary of what we agreed.',
          af3uau: 'Thanks for the chat — I won’t keep you any longer.',
        },
        group: {
          tmzr3x: 'Great to catch up with you all! I’ll let everyone get back to their day.',
          q16cvk: 'Thanks, everyone — good to catch up. I’ll send round the notes shortly.',
        },
        any: {
          kapsgb: 'Always nice to catch up — let’s do it again soon!',
          mvxixk: 'This has been lovely — shall we leave it there for today?',
        },
      },
    },
    2: {
      neutral: {
        one: {
          jjsovx: 'I’d better let you go — and get cracking on your project!',
          my51gq: 'This was fun, but I don’t want to take up any more of your time. Talk soon!',
          kxm2f6: 'I think that’s everything we needed for today — speak soon!',
          l0ozy6: 'Let’s keep the rest for next time — it’s always good to hear how you’re doing.',
        },
        group: {
          yobwrr: 'This has been fun, but I think it’s time we all got back to work.',
          xogrvz: 'I’m going to wrap us up there so you can all get on with your day — thanks, everyone!',
          m1vdyz: 'Shall we save the rest of the chat for next time, everyone?',
        },
        any: {
          k3hhre: 'Lovely as this is, I think we ought to wrap up.',
        },
      },
    },
    3: {
      neutral: {
        one: {
          l70oxs: 'Let’s leave it there for today — you’ll have an update on the project from me soon.',
          l7usfu: 'I’m going to stop us there — we can finish the catch-up another time.',
        },
        group: {
          nkc6bd: 'I’m going to end the call here — have a good rest of the day, everyone.',
          hqod7k: 'Sorry to cut this short, everyone, but we’ll have to stop there. Thanks for your time.',
        },
        any: {
          kocy86: 'I’ll have to say goodbye now — my next call is about to start.',
          hlko6t: 'I need to wrap up here, I’m afraid. Talk soon!',
        },
      },
    },
  },
  adhocCall: {
    1: {
      neutral: {
        one: {
          dj2z3i: 'Happy to help. Can we put the rest on our usual call so I can get back to your project?',
          r00qhy:
            'I’m glad you called. Shall we keep this short and go through the details on our next call?',
          xg43gs:
            '{name}, I’m in the middle of your project — is there anything that can’t wait until our regular call?',
        },
        group: {
          lsb1ai:
            'Good to hear from you all. Let’s keep this quick and save the detail for a proper meeting.',
          iq85xf: 'Happy to help. Could someone send me the rest in writing so I can look at it properly?',
          ilzfte:
            'Thanks for pulling me in. Can we deal with the urgent part now and take the rest to our next meeting?',
        },
        any: {
          kbghii: 'Let me jot this down, and we’ll cover it properly on our next scheduled call.',
        },
      },
    },
    2: {
      neutral: {
        one: {
          bcyu2f: 'To keep your project moving, can we save anything that isn’t urgent for our next call?',
        },
        group: {
          c6mfbl: 'I think we’ve covered the urgent part. Can the rest wait for our next meeting, everyone?',
        },
        any: {
          koxugd:
            'We’ve been going for {minutes} now — let’s keep a list of any other questions for our regular call.',
          yqei51: 'I’d like to give this proper attention — can we cover it on our scheduled call?',
          kvyqin:
            'I haven’t had a chance to look at this properly yet — let me come back with a considered answer.',
        },
      },
    },
    3: {
      neutral: {
        one: {
          rfh5cx:
            'I need to end here — please send me the rest by email, and I’ll go through it on our next call.',
          xa6jb1:
            'So I can stay focused on your project, I’d like us to keep things like this for our regular call from now on.',
          kuisfh:
            'I’ll have to stop here. If you often need me at short notice, let’s talk about an on-call rate.',
        },
        group: {
          hjjoen: 'I need to drop off now — could someone email me anything else that comes up?',
          liooo2:
            'I have to stop here, everyone. Let’s put the open questions on the agenda for our next meeting.',
        },
        any: {
          k1kggr: 'I have to get back to work now. Let’s pick this up on our next scheduled call.',
          m2tyhy: 'I’m going to have to leave it there, I’m afraid — I’ve got a deadline to get back to.',
        },
      },
    },
  },
  hardTalk: {
    1: {
      neutral: {
        one: {
          kpfplk: 'I hear you. Let me take a moment to think about that.',
          s0i9yc: 'Thank you for being open about this. Shall we take a short break and come back to it?',
          icxhaa: 'That’s a fair point — let me look into it properly before we go any further.',
        },
        group: {
          zt3nhv: 'Thank you all for being so open. Give me a moment to take this in.',
          wzykzk: 'Before I respond on {item}, let me quickly sum up where everyone stands.',
          i5s5pq:
            'I can see this matters to all of you. Shall we take a five-minute break and come back to it?',
        },
        any: {
          q08o5d: 'That’s important, and it deserves a proper answer, not a quick one.',
        },
      },
    },
    2: {
      neutral: {
        one: {
          kz868q:
            'I don’t want to answer this in a rush. Can I come back to you tomorrow with a considered reply?',
        },
        group: {
          nqk5ar: 'I don’t want to give you all a rushed answer — can I come back to you tomorrow?',
        },
        any: {
          akt4lp: 'Let me stop us there for now — I think all the points are on the table.',
          k595oz: 'I want to get this right. Let me sum up what I’ve heard and follow up in writing.',
          yedien: 'This deserves more time than we have now. Shall we set up a follow-up call?',
        },
      },
    },
    3: {
      neutral: {
        one: {
          o3r9l4: 'Let’s stop here for today. I’ll send you my answer in writing by the end of the week.',
          khycsi: 'Let’s close here and pick this up once we’ve both had time to reflect.',
        },
        group: {
          qwk0db:
            'Let’s stop here for today. I’ll send everyone my answer in writing by the end of the week.',
          rzkkd0: 'Let’s close here and come back to {item} once we’ve all had time to reflect.',
        },
        any: {
          wx6477: 'I’d rather not decide this on the spot — I need time to think it through properly.',
          qe0eav: 'We’ve covered a lot today. Let me take it all away and come back on each point.',
        },
      },
    },
  },
  turnLong: {
    1: {
      neutral: {
        one: {
          ga7ckp:
            'Thanks, {name} — that gives us plenty to react to. Let me open it up to the rest of the group.',
          adjxph:
            '{name}, that’s really helpful. Can I pause you there and hear a few other views on {item}?',
          k3wrzq:
            'Thank you, {name} — hold that thought; I’ll come back to you once we’ve heard from a couple of others.',
          lonwuo: 'Thanks, {name} — I’d be curious to hear how {nextName} sees this.',
        },
      },
    },
    2: {
      neutral: {
        one: {
          j60o30: '{name}, could you sum up in a sentence? I’d like to leave room for others.',
          pf3x2u:
            'Let me stop you there for a moment, {name} — I want to make sure everyone gets a say on {item}.',
          w2ze5b: '{name}, can we hold the rest for now and hear from the others first?',
          gi8lbs: '{name}, let’s give {nextName} a chance to come in, and then we’ll come back to you.',
        },
      },
    },
    3: {
      neutral: {
        one: {
          q5jghz: '{name}, sorry — I’m going to stop you there so others can get a turn too.',
          be39sz: 'Thanks, {name} — I need to keep us moving, so let’s hear from someone else.',
          qol86w: '{name}, let’s leave it there for now; could you send me the rest in writing?',
          cpttku: 'Thanks, {name} — I’m going to cut in there, because I’d like {nextName}’s view as well.',
        },
      },
    },
  },
  quietInvite: {
    1: {
      neutral: {
        one: {
          m4v2er: '{name}, is there anything you’d like to add?',
          pjh5yy: '{name}, I’d love to hear what you think about {item}.',
          aqfsec: '{name}, how does this look from where you sit?',
        },
      },
    },
    2: {
      neutral: {
        one: {
          odqk54: '{name}, I’d really value your view on {item} before we go on.',
          pc6d4f: '{name}, is there anything we’re missing here, from your side of things?',
          s3o2qf: '{name}, what’s your take on this one? Even a first impression helps.',
        },
      },
    },
    3: {
      neutral: {
        one: {
          tadvy1: 'Before we decide anything, I want to hear from everyone. {name}, what’s your take?',
          ldt2t9: '{name}, I don’t want us to move on without your view on {item}.',
          a1yawy: '{name}, before we lock this in — does it work for you, or would you change anything?',
        },
      },
    },
  },
  roundHandover: {
    1: {
      neutral: {
        one: {
          qajqp5: 'Thanks, {name}! Over to {nextName}.',
          qvupu5: '{name}, that’s your time — thank you. {nextName} is next.',
          kawovd: 'Thanks, {name} — that’s a good place to stop.',
          f6gzvi: '{name}, thank you — if there’s more, we can pick it up afterwards.',
        },
      },
    },
    2: {
      neutral: {
        one: {
          kguv39: '{name}, we’re a little over time — could you wrap up in a sentence?',
          t4hzag: '{name}, can we have your last point, and then we’ll move on?',
          zj3km8: '{name}, let’s keep the rest for after the round. {nextName} is up next.',
        },
      },
    },
    3: {
      neutral: {
        one: {
          ruxzo9: '{name}, I’ll have to stop you there to keep the round fair for everyone.',
          u7h73k: 'Thanks, {name} — we need to move on. Next up is {nextName}.',
          wv30br: '{name}, we’re over time, so I’m going to call it there — let’s take the rest offline.',
        },
      },
    },
  },
  queueLong: {
    1: {
      neutral: {
        group: {
          kirwld:
            'We have {minutes} left on {item}, and {queue} still want to come in — let’s keep each point short.',
          ongeqn: 'Quick time check: {minutes} left for {item}. {queue}, one point each, please.',
          xe28ko:
            'We’ve got {minutes} to go on {item} and people still waiting to come in, so if your point’s already been made, feel free to pass.',
        },
      },
    },
    2: {
      neutral: {
        group: {
          kkdx0o: 'With {minutes} left, let’s take one point each from {queue}, and the rest by email.',
          nkxj6l: 'We’re nearly out of time on {item} — {queue}, could you keep it to a sentence each?',
          p433k1: 'To fit everyone in, let’s stick to new points only: we have {minutes} left.',
        },
      },
    },
    3: {
      neutral: {
        group: {
          c1r2pb: 'We’re out of time on {item}. {queue}, could you send me your points in writing?',
          ovzkca:
            'I’m afraid we can’t take any more points on {item} — let’s note what’s still open and follow up after the call.',
          t32bv2:
            'We’ll have to close the list there. If anything’s blocking a decision, say it now in a sentence; everything else we’ll pick up afterwards.',
          oqy32z:
            'Let’s close {item} here and move on to {next}; I’ll collect the remaining points afterwards.',
        },
      },
    },
  },
};
