import type { LocalePhrases } from '../phrase.types';

/**
 * Vietnamese lines. Formal = lịch sự (ạ, xin phép, được không ạ; no "dạ", odd toward a younger "em"),
 * informal = thân mật (nhé, nha, nhỉ, đấy). Pronouns always through {you}/{me} (anh/em, chị/em, em/tôi,
 * bạn/mình, quý khách/tôi); "mình" alone is the inclusive "we". Group lines speak to "mọi người".
 */
export const vi: LocalePhrases = {
  chattyClient: {
    1: {
      formal: {
        k7nag5:
          'Chuyện này hay quá ạ! {Me} xin phép để dành chuyện này đến cuối buổi, giờ mình bàn phần “{item}” trước được không ạ?',
        fkp2uj:
          'Nghe thú vị thật. {You} cho {me} tạm gác chuyện này lại một chút, lát nữa mình nói tiếp được không ạ?',
        kvk757:
          '{Me} rất muốn nghe thêm ạ. Mình làm xong mấy việc chính về “{item}” trước, rồi cuối buổi {me} xin nghe {you} kể tiếp.',
        ede10w:
          'Chuyện của {you} thú vị quá. {Me} xin ghi nhớ để cuối buổi hỏi thêm, còn bây giờ mình quay lại công việc trước ạ.',
      },
      informal: {
        nefdil: 'Hay ghê! Để cuối buổi kể tiếp nhé, giờ mình xem qua “{item}” trước đã.',
        t0wdff: '{Me} muốn nghe thêm lắm, nhưng mình tạm gác lại chút nha — lát nữa nói tiếp!',
        vu80w0:
          '{client} ơi, chuyện hay quá! Cho {me} xong mấy việc chính trước, rồi {me} nghe {you} kể tiếp nhé.',
        gbe1rz:
          'Nghe thú vị thật đấy! Mình để dành chuyện này đến cuối buổi nhé, {me} còn vài việc về “{item}” cần bàn với {you}.',
      },
    },
    2: {
      formal: {
        sm5hqi:
          'Chắc {you} cũng không muốn trả tiền chỉ để nghe {me} tán gẫu đâu nhỉ? Mình quay lại dự án thôi ạ.',
        zpr69t:
          'Trò chuyện với {you} vui quá, nhưng đồng hồ tính giờ vẫn đang chạy. Mình quay lại phần “{item}” được không ạ?',
        y3n7ef:
          'Mình đã lạc đề {minutes} rồi ạ — {me} muốn khoảng thời gian đó được dành cho dự án của {you} hơn. Quay lại “{item}” được không ạ?',
        dkofvn:
          'Hôm khác {me} xin được nghe tiếp ạ; còn bây giờ, thời gian của {you} nên dành cho công việc. Mình đang nói dở phần “{item}”.',
      },
      informal: {
        fz23g4: 'Chắc {you} không định trả tiền để {me} ngồi buôn chuyện đâu nhỉ? Quay lại dự án thôi!',
        dn2k54:
          'Nói chuyện với {you} vui thật, mà đồng hồ tính tiền vẫn đang chạy đấy nha! Mình quay lại “{item}” nhé?',
        pi9hfm:
          'Mình tán gẫu {minutes} rồi đấy — thời gian đó để dành cho dự án của {you} thì hay hơn. Quay lại “{item}” nhé?',
        oxtty3:
          '{client} ơi, hôm nào mình đi cà phê rồi nói tiếp nhé, giờ tranh thủ làm việc đã. Mình đang dở phần “{item}” đó.',
      },
    },
    3: {
      formal: {
        ugumsb:
          'Mình đã ra ngoài lề {minutes} rồi, tương đương {cost} trong ngân sách của {you}. Giờ mình quay lại “{item}” ạ.',
        y4i0yg:
          'Để ngân sách của {you} được dùng đúng chỗ, {me} xin phép quay lại nội dung chính ngay bây giờ.',
        pxw49k:
          'Chuyện này mình xin hẹn dịp khác ạ. Hôm nay {me} muốn chắc chắn là mình làm xong phần “{item}”.',
        n9yrkc:
          '{Me} xin phép đưa câu chuyện trở lại công việc: chúng ta vẫn còn phần “{item}” cần hoàn tất ạ.',
      },
      informal: {
        kypt9l:
          'Mình ra ngoài lề {minutes} rồi, tính ra tốn của {you} {cost} đấy. Quay lại “{item}” thôi nhé.',
        kqp5tw:
          '{Me} muốn ngân sách của {you} được dùng đúng việc, nên mình quay lại nội dung chính luôn nhé.',
        qkb06y: 'Chuyện này để dịp khác nói tiếp nha, hôm nay mình phải xong “{item}” đã.',
        k9kfof: '{client} ơi, {me} phải kéo câu chuyện về việc chính thôi: “{item}” vẫn chưa xong đâu.',
      },
    },
  },
  groupDrift: {
    1: {
      formal: {
        f432cr: 'Ý này rất hay ạ. Chúng ta tạm gác lại, cuối buổi nếu còn thời gian sẽ bàn tiếp.',
        ok1man: 'Chủ đề này đáng có một buổi trao đổi riêng. Mời mọi người quay lại “{item}” ạ.',
        w2teu9: '{Me} xin ghi lại ý này để không bị sót, và mời mọi người quay lại “{item}”.',
        awl04l:
          'Câu chuyện này thú vị ạ. Mọi người có thể trao đổi thêm sau buổi họp, còn bây giờ chúng ta tiếp tục “{item}” được không ạ?',
      },
      informal: {
        ku6cy6: 'Ý hay đấy! Mình tạm gác lại, cuối buổi còn thời gian thì bàn tiếp nhé.',
        ke9lkr: 'Chuyện này chắc phải bàn riêng một buổi mới đủ. Mọi người quay lại “{item}” nhé?',
        l4966u: 'Để {me} ghi lại cho khỏi quên, rồi mình quay lại “{item}” nha.',
        c49tgy: 'Chủ đề này vui ghê — mọi người nói tiếp sau buổi họp nhé, giờ mình làm nốt “{item}” đã.',
      },
    },
    2: {
      formal: {
        lilc49:
          'Chúng ta đã ra ngoài lề {minutes} rồi ạ. Mình quay lại chương trình họp để thời gian của mọi người được dùng hiệu quả.',
        krpoi1:
          '{Me} rất trân trọng thời gian của mọi người — phần này mình trao đổi riêng sau, giờ quay lại “{item}” được không ạ?',
        khnzf0:
          'Xin phép đưa buổi họp về đúng trọng tâm: “{item}” vẫn chưa xong, và không phải ai cũng cần tham gia chủ đề này.',
        siplw5:
          'Những ai liên quan có thể bàn tiếp chủ đề này sau buổi họp được không ạ? Giờ chúng ta quay lại “{item}”.',
      },
      informal: {
        r6g4zp:
          'Mình lạc đề {minutes} rồi đấy — quay lại chương trình thôi cho khỏi phí thời gian của mọi người nhé.',
        klvjq0:
          '{Me} sợ mình đang chiếm thời gian của cả nhóm — chuyện này bàn riêng sau, giờ quay lại “{item}” nha?',
        kj4v7l:
          'Mình quay lại trọng tâm nhé: “{item}” vẫn còn dang dở, mà chủ đề này cũng đâu liên quan đến tất cả mọi người.',
        k0l3w0: 'Ai liên quan thì mình nói tiếp sau buổi họp nhé? Giờ quay lại “{item}” đã.',
      },
    },
    3: {
      formal: {
        hfaic3:
          'Chúng ta đã ra ngoài chương trình {minutes} rồi. {Me} xin phép đưa buổi họp trở lại “{item}” ngay bây giờ.',
        kkvb7l:
          'Mình dừng chủ đề này ở đây và trao đổi riêng sau ạ — thời gian còn lại cần dành cho “{item}”.',
        kyx1jo:
          'Để tôn trọng thời gian của mọi người, {me} xin phép tạm dừng chủ đề này. Chúng ta quay lại “{item}” ạ.',
        kvqd5w:
          'Chúng ta cần đi tiếp ạ. Mong mọi người trao đổi riêng phần này sau, còn bây giờ mình hoàn tất “{item}”.',
      },
      informal: {
        on0zg8: 'Mình ra ngoài chương trình {minutes} rồi. {Me} kéo cả nhóm về lại “{item}” luôn nhé.',
        c6bbgb: 'Dừng chủ đề này ở đây và bàn riêng sau nhé — thời gian còn lại mình cần cho “{item}”.',
        baefur: 'Vì thời gian của cả nhóm, {me} gác chủ đề này lại nhé. Quay lại “{item}” thôi.',
        vjm1l2:
          'Mình phải đi tiếp rồi. Chuyện này mọi người bàn riêng sau nha, giờ làm cho xong “{item}” đã.',
      },
    },
  },
  itemOverrun: {
    1: {
      formal: {
        o6d828: 'Phần “{item}” đã hết thời gian dự kiến rồi ạ. Mình chốt lại phần này được không ạ?',
        tgedmu:
          'Phần “{item}” đã đến giờ. {You} còn muốn bổ sung gì quan trọng trước khi mình chuyển sang “{next}” không ạ?',
        kjvihw:
          'Mình đã dùng hết thời gian dành cho phần này. {Me} xin ghi lại quyết định rồi chúng ta chuyển sang phần tiếp theo.',
        tc8y4x: '{Me} xin nhắc nhẹ về thời gian ạ: phần “{item}” đã đến mốc dự kiến.',
      },
      informal: {
        k9onx1: 'Phần “{item}” đã hết thời gian mình định rồi đó. Chốt lại nhé?',
        mmfq8a: 'Hết giờ cho “{item}” rồi — {you} còn gì quan trọng không, trước khi mình qua “{next}”?',
        hiiixp: 'Phần này hết thời gian rồi. {Me} ghi lại kết luận, rồi mình qua phần tiếp theo nha.',
        g7wcsv: '{Me} nhắc nhẹ chút: “{item}” đã đến giờ dự kiến rồi nhé.',
      },
    },
    2: {
      formal: {
        rnj23r:
          'Phần “{item}” đã quá {minutes} rồi ạ. Mình thống nhất các bước tiếp theo rồi chuyển sang “{next}” được không ạ?',
        udnbqf:
          'Phần “{item}” đã quá giờ rồi ạ. {Me} xin phép khép lại ở đây để còn đủ thời gian cho các phần sau.',
        knjklc:
          'Phần này đã quá giờ. {Me} tóm tắt những gì đã thống nhất rồi mình đi tiếp, {you} thấy được không ạ?',
        pedd34: 'Để giữ đúng lịch, mình dừng “{item}” ở đây và trao đổi tiếp qua email được không ạ?',
      },
      informal: {
        imszcs: 'Phần “{item}” quá {minutes} rồi đó. Mình chốt bước tiếp theo rồi qua “{next}” nhé?',
        izlgj4: 'Mình gói lại “{item}” thôi — quá giờ rồi, {me} muốn còn thời gian cho mấy phần sau.',
        hy9b38: 'Phần này quá giờ rồi. Để {me} tóm tắt lại rồi mình đi tiếp nhé, {you} thấy sao?',
        ktw451: 'Cho kịp lịch, mình dừng “{item}” ở đây, phần còn lại trao đổi qua email nha.',
      },
    },
    3: {
      formal: {
        bc00v1: 'Phần “{item}” đã quá {minutes} ạ. {Me} xin phép chuyển sang “{next}” ngay bây giờ.',
        kpiagj: 'Mình dừng “{item}” tại đây ạ. {Me} sẽ gửi tóm tắt sau buổi họp để không sót ý nào.',
        xgl7zq:
          'Phần này đã quá giờ khá nhiều. Chúng ta tạm gác phần còn lại và chuyển sang nội dung tiếp theo ạ.',
        c6ll2o:
          'Mình cần chuyển phần ạ — nếu {you} thấy cần, “{item}” có thể bàn tiếp trong một cuộc gọi riêng.',
      },
      informal: {
        f77ypk: 'Phần “{item}” quá {minutes} rồi, mình chuyển qua “{next}” luôn nhé.',
        hwzxx6: 'Mình dừng “{item}” ở đây nhé. {Me} sẽ gửi tóm tắt sau để không sót gì.',
        kysjbl: 'Phần này quá giờ nhiều rồi. Phần còn lại mình gác lại, đi tiếp thôi.',
        walewe:
          'Giờ mình phải đi tiếp rồi — nếu {you} cần, “{item}” mình bàn tiếp trong một cuộc gọi riêng nhé.',
      },
    },
  },
  capNear: {
    1: {
      formal: {
        p361mt:
          'Xin nhắc một chút về thời gian: chúng ta còn {minutes}, nên ưu tiên những điểm quan trọng nhất ạ.',
        pylalq: 'Mình còn khoảng {minutes} — hôm nay {you} muốn chốt điều gì nhất ạ?',
        kbx6ww: '{Me} báo để {you} nắm: buổi hôm nay mình còn {minutes} ạ.',
        g1ggk6: 'Còn {minutes} ạ. {You} có muốn mình đi qua các ý chính của “{item}” không?',
      },
      informal: {
        jhj2x6: 'Nhắc nhẹ chút: mình còn {minutes}, tập trung vào mấy việc quan trọng nhất nhé.',
        nzv10t: 'Còn khoảng {minutes} thôi — hôm nay {you} muốn chốt chuyện gì nhất?',
        m0f31v: '{Me} báo chút: hôm nay mình còn {minutes} nha.',
        nbdinm: '{client} ơi, còn {minutes} đó — mình lướt qua mấy ý chính của “{item}” nhé?',
      },
    },
    2: {
      formal: {
        kccea8:
          'Mình còn {minutes}. {Me} xin phép bắt đầu tổng kết để chúng ta thống nhất các bước tiếp theo.',
        r8x1ws: 'Chỉ còn {minutes} ạ. Mình tóm tắt lại và thống nhất ai phụ trách việc gì được không ạ?',
        xwfty2: 'Sắp hết giờ rồi ạ. {Me} xin tóm tắt nhanh các bước tiếp theo.',
        v0yde0: 'Còn {minutes}, phần còn lại mình để dành cho buổi sau, {you} thấy được không ạ?',
      },
      informal: {
        k4ymrj: 'Còn {minutes} nữa thôi. Mình bắt đầu tổng kết và chốt bước tiếp theo nhé.',
        ymrtlg: 'Chỉ còn {minutes} — tóm lại nhanh rồi chia việc ai làm gì nha.',
        p9q8cp: 'Sắp hết giờ rồi. Để {me} tóm tắt nhanh mấy bước tiếp theo nhé.',
        r66qcy: 'Còn {minutes} thôi, phần còn lại mình để buổi sau nhé, {you} thấy ổn không?',
      },
    },
    3: {
      formal: {
        vowk79: 'Mình chỉ còn vài phút cuối ạ. {Me} tóm tắt nhanh rồi chúng ta kết thúc.',
        wbsdl8: 'Chỉ còn {minutes} ạ, {me} xin phép chốt lại ở đây.',
        kq1iw8: 'Sắp hết giờ rồi ạ. {Me} sẽ gửi {you} bản tóm tắt sau buổi họp.',
        knvj1t: 'Mình dừng ở đây ạ — những việc còn mở, {me} sẽ gửi email trao đổi tiếp với {you}.',
      },
      informal: {
        xpdc8q: 'Còn vài phút cuối thôi. {Me} tóm tắt nhanh rồi kết thúc nhé.',
        k46o3u: 'Còn {minutes} nữa, mình chốt ở đây nha.',
        bfghc0: 'Hết giờ tới nơi rồi. {Me} gửi {you} tóm tắt sau buổi nhé.',
        kel9r6: 'Mình dừng ở đây nhé — việc gì còn dở, {me} nhắn {you} sau.',
      },
    },
  },
  capPassed: {
    1: {
      formal: {
        lrtlj0: 'Mình đã hết thời gian rồi ạ. Chúng ta kết thúc ở đây, {me} sẽ gửi bản tóm tắt sau.',
        hyr9ft: 'Đã đến giờ rồi ạ. Mình chốt lại các bước tiếp theo rồi kết thúc được không ạ?',
        eaxktd:
          'Mình đã dùng hết thời gian dự kiến. {You} còn việc gì gấp cần bàn trước khi kết thúc không ạ?',
        b7w5cz: 'Đến giờ rồi ạ — phần còn lại {me} sẽ trao đổi với {you} qua email.',
      },
      informal: {
        j0liyn: 'Hết giờ rồi đó. Mình dừng ở đây nhé, {me} gửi tóm tắt sau.',
        n6yb7m: 'Đến giờ rồi. Chốt mấy bước tiếp theo rồi mình kết thúc nhé?',
        ia59dn: 'Mình dùng hết thời gian rồi. {You} còn gì gấp không, trước khi mình chào nhau?',
        sgyhuq: '{client} ơi, hết giờ rồi — phần còn lại {me} email cho {you} nhé.',
      },
    },
    2: {
      formal: {
        ka0lsu:
          'Mình đã quá {minutes} so với thời gian dự kiến ạ. Xin phép dừng ở đây, phần còn lại mình bàn tiếp vào buổi sau.',
        jzq1b9: '{Me} cần để ý thời gian một chút — mình dừng ở đây và tiếp tục trong buổi sau được không ạ?',
        uwsgqn: 'Mình đã quá giờ rồi ạ. {Me} sẽ gửi tóm tắt, phần còn lại chúng ta hoàn tất qua email.',
        bq0kom: '{Me} xin phép kết thúc bây giờ ạ, vì {me} còn một lịch hẹn khác. Mình tiếp tục vào lần sau.',
      },
      informal: {
        hld3w3: 'Mình quá giờ {minutes} rồi đó. Dừng ở đây nhé, phần còn lại để buổi sau.',
        xmmyi5: '{Me} phải canh giờ chút — mình dừng ở đây rồi bàn tiếp buổi sau nha?',
        mth40l: 'Quá giờ rồi. {Me} gửi tóm tắt, còn lại mình trao đổi qua email nhé.',
        wlzlv4: '{Me} phải chào {you} ở đây thôi, {me} còn một hẹn khác. Lần sau mình làm tiếp nhé.',
      },
    },
    3: {
      formal: {
        czgbit:
          'Mình đã quá {minutes} rồi ạ. {Me} xin phép kết thúc cuộc gọi tại đây và sẽ gửi {you} các bước tiếp theo.',
        ns8xll:
          '{Me} xin lỗi, giờ {me} thật sự phải đi rồi ạ. Mình hẹn thêm một buổi cho phần còn lại được không ạ?',
        eadv8o: 'Chúng ta dừng ở đây ạ. Những việc còn dở {me} sẽ đưa vào chương trình buổi sau.',
        d8ctx8: '{Me} xin phép dừng tại đây. {Me} sẽ gửi tóm tắt, phần còn lại mình tiếp tục vào lần sau ạ.',
      },
      informal: {
        k2xmqq:
          'Mình quá {minutes} rồi. {Me} phải dừng cuộc gọi ở đây, lát {me} gửi {you} các bước tiếp theo nhé.',
        yf69fl: 'Xin lỗi {you} nha, giờ {me} phải đi thật rồi. Mình hẹn thêm buổi khác cho phần còn lại nhé.',
        koy839: 'Mình dừng ở đây nhé. Việc gì còn dở thì đưa vào buổi sau.',
        su1jef: '{Me} phải dừng ở đây rồi. {Me} gửi tóm tắt, phần còn lại mình làm tiếp lần sau nha.',
      },
    },
  },
  chatAtEnd: {
    1: {
      formal: {
        jeky66: 'Trò chuyện với {you} vui quá ạ! Giờ {me} xin phép quay lại làm dự án của {you}.',
        koad4i: 'Rất vui được trò chuyện cùng {you}. {Me} sẽ bắt tay vào dự án ngay để kịp tiến độ ạ.',
        kan142:
          'Cảm ơn {you} đã dành thời gian ạ. {Me} không giữ {you} thêm nữa, {me} bắt đầu ngay những việc mình vừa bàn.',
        gvkfig: 'Lúc nào trò chuyện cũng thật vui ạ. {Me} sẽ triển khai các bước tiếp theo ngay.',
      },
      informal: {
        ggkwdx: 'Nói chuyện vui ghê! Giờ {me} quay lại làm dự án cho {you} đây.',
        ehpdir: '{client} ơi, vui thật đấy. {Me} bắt tay vào dự án luôn cho kịp tiến độ nhé.',
        kk5pnf: 'Cảm ơn {you} nha! {Me} không giữ {you} nữa, {me} bắt đầu mấy việc mình vừa bàn luôn.',
        k32635: 'Lần nào nói chuyện cũng vui. {Me} triển khai mấy bước tiếp theo ngay đây.',
      },
    },
    2: {
      formal: {
        mqe02w: '{Me} không giữ {you} lâu hơn nữa ạ — {me} cũng phải quay lại với dự án của {you} đây.',
        k217bu: 'Trò chuyện vui quá, nhưng dự án của {you} đâu tự hoàn thành được ạ. Hẹn {you} lần sau!',
        k1jg85:
          'Mình đã trò chuyện thêm {minutes} rồi ạ. {Me} xin phép để {you} quay lại công việc, còn {me} bắt tay vào dự án của {you}.',
        x8m3iy: 'Chuyện này mình để lần sau nói tiếp ạ. Hôm nay {me} muốn bắt đầu ngay phần việc của {you}.',
      },
      informal: {
        ktqrpy: 'Thôi, {me} không giữ {you} nữa — {me} còn phải lo dự án của {you} mà!',
        xjhnf6: 'Vui thật, nhưng dự án của {you} đâu có tự xong được. Nói chuyện sau nhé!',
        rpv5ao:
          'Mình nói chuyện thêm {minutes} rồi đó. {You} làm việc tiếp nhé, còn {me} đi lo dự án cho {you}.',
        vq0mey: 'Hẹn lần sau nói tiếp nhé. Hôm nay {me} muốn bắt đầu phần việc của {you} luôn.',
      },
    },
    3: {
      formal: {
        r617bp: 'Giờ {me} thật sự phải đi rồi ạ. {Me} sẽ sớm cập nhật tiến độ dự án cho {you}.',
        kv7f19: '{Me} xin phép dừng ở đây. Hẹn {you} lần sau, {me} sẽ gửi {you} thông tin cập nhật ạ.',
        kymwdi: '{Me} phải rời cuộc gọi bây giờ ạ. Cảm ơn {you} lần nữa, {me} sẽ sớm liên lạc lại.',
        vujfsz: '{Me} xin phép chào {you} ở đây ạ, {me} phải vào cuộc gọi tiếp theo.',
      },
      informal: {
        a1ciua: 'Giờ {me} phải đi thật rồi. Có gì mới về dự án {me} báo {you} liền nhé.',
        yja88p: '{Me} dừng ở đây nha. Nói chuyện sau, {me} sẽ gửi {you} cập nhật.',
        khrtyt: '{Me} phải rời cuộc gọi rồi. Cảm ơn {you} nhé, {me} sẽ liên lạc sớm.',
        f61nr1: 'Chào {you} nhé, {me} phải vào cuộc gọi tiếp theo rồi.',
      },
    },
  },
  adhocCall: {
    1: {
      formal: {
        h60w4m:
          '{Me} rất sẵn lòng hỗ trợ ạ. Phần còn lại mình để cho cuộc gọi hằng tuần được không, để {me} tiếp tục làm dự án của {you}?',
        idt8fd:
          'Cảm ơn {you} đã gọi ạ. Hôm nay mình nói ngắn gọn, còn chi tiết thì trao đổi trong cuộc gọi tới được không ạ?',
        kyoyo8: 'Để {me} ghi lại ạ, rồi mình bàn kỹ trong cuộc gọi định kỳ tới.',
        bwrpas: '{Me} đang làm dở dự án của {you} — phần còn lại mình để cho cuộc gọi định kỳ được không ạ?',
      },
      informal: {
        e00uet:
          'Có gì {me} giúp liền. Phần còn lại để cuộc gọi hằng tuần nhé, cho {me} quay lại làm dự án của {you}.',
        bdra0t: 'Cảm ơn {you} đã gọi nha. Giờ mình nói ngắn thôi, chi tiết để cuộc gọi tuần tới nhé?',
        v9kfpq: 'Để {me} ghi lại đã, rồi mình bàn kỹ trong cuộc gọi định kỳ nhé.',
        k7pmsp: '{client} ơi, {me} đang làm dở dự án của {you} — phần còn lại để cuộc gọi hằng tuần nha?',
      },
    },
    2: {
      formal: {
        cpghce:
          'Mình đã nói chuyện được {minutes} rồi ạ. Các câu hỏi khác {you} gom lại để cuộc gọi hằng tuần mình xử lý luôn được không ạ?',
        pjdtvb:
          '{Me} muốn dành cho việc này sự chú ý thật đầy đủ, nên mình để đến cuộc gọi đã hẹn được không ạ?',
        k7o454:
          'Để dự án của {you} chạy đúng tiến độ, mình giữ những cuộc gọi đột xuất thật ngắn và để phần còn lại cho cuộc gọi hằng tuần ạ.',
        kwp03u:
          'Việc này {me} chưa chuẩn bị để trả lời chi tiết ngay được ạ. {Me} xin phép xem lại rồi phản hồi {you} sau.',
      },
      informal: {
        pxi5nx: 'Mình nói được {minutes} rồi đó. Mấy câu hỏi khác {you} gom lại cho cuộc gọi hằng tuần nhé.',
        kznoza: 'Chuyện này {me} muốn xem cho kỹ, mình để đến cuộc gọi đã hẹn nha?',
        kzxf4u:
          'Để dự án của {you} chạy đều, mấy cuộc gọi bất chợt mình nói ngắn thôi, còn lại để cuộc gọi hằng tuần nhé.',
        apg6cu: 'Cái này {me} chưa chuẩn bị kịp để nói chi tiết. Để {me} xem lại rồi báo {you} sau nhé.',
      },
    },
    3: {
      formal: {
        rsejbb:
          'Mình đã nói chuyện {minutes} rồi ạ, giờ {me} xin phép quay lại làm việc. Mình bàn tiếp trong cuộc gọi đã hẹn lần tới.',
        xp182d:
          '{Me} xin phép dừng ở đây ạ — {you} gửi giúp {me} phần còn lại qua email, {me} sẽ xử lý trong cuộc gọi hằng tuần.',
        bha4ug:
          'Các cuộc gọi đột xuất sẽ lấy bớt thời gian làm dự án của {you}. Từ nay mình gom việc vào cuộc gọi hằng tuần được không ạ?',
        zmvn0w:
          '{Me} xin phép dừng tại đây ạ. Nếu {you} thường cần {me} hỗ trợ gấp, mình có thể bàn thêm về một gói hỗ trợ theo yêu cầu với mức phí riêng.',
      },
      informal: {
        cpew6g:
          'Mình nói {minutes} rồi, giờ {me} phải quay lại làm việc đây. Bàn tiếp ở cuộc gọi định kỳ nhé.',
        kye35q:
          '{Me} dừng ở đây nha — phần còn lại {you} email cho {me}, {me} xử lý trong cuộc gọi hằng tuần.',
        nyg4f6:
          'Gọi đột xuất nhiều thì dự án của {you} sẽ chậm lại đấy. Từ giờ mình gom hết vào cuộc gọi hằng tuần nhé.',
        jrv74q:
          '{Me} phải dừng ở đây rồi. Nếu {you} hay cần {me} hỗ trợ gấp, mình bàn thêm một gói hỗ trợ theo yêu cầu với mức phí riêng nhé.',
      },
    },
  },
  hardTalk: {
    1: {
      formal: {
        zvawfv: '{Me} hiểu điều {you} nói ạ. Cho {me} một chút để suy nghĩ được không ạ?',
        dz647e: 'Cảm ơn {you} đã chia sẻ thẳng thắn. {Me} xin một phút trước khi trả lời ạ.',
        z7hb0g: 'Việc này quan trọng ạ. {Me} muốn trả lời {you} cho thấu đáo, chứ không vội vàng.',
        rhxdxl: '{Me} muốn hiểu đúng ý {you} — {you} có thể nói thêm một chút về “{item}” không ạ?',
      },
      informal: {
        mw6hxm: '{Me} hiểu rồi. Cho {me} chút thời gian nghĩ về chuyện này nhé.',
        yc99cw: 'Cảm ơn {you} đã nói thẳng. Cho {me} một phút trước khi trả lời nha.',
        vch0gs: 'Chuyện này quan trọng. {Me} muốn trả lời {you} cho thấu đáo, không muốn nói vội.',
        ko477b: '{Me} muốn hiểu đúng ý {you} — {you} nói thêm chút về “{item}” được không?',
      },
    },
    2: {
      formal: {
        mhe3xq:
          '{Me} không muốn trả lời vội việc này ạ. Ngày mai {me} gửi {you} câu trả lời đã cân nhắc kỹ được không ạ?',
        nga9uw: 'Mình tạm dừng ở đây ạ. {Me} sẽ suy nghĩ thêm và gửi {you} một đề xuất rõ ràng.',
        wd0e49:
          '{Me} muốn giải quyết việc này cho đúng. Để {me} tóm tắt những gì đã nghe và gửi lại {you} bằng văn bản ạ.',
        kzjmgj:
          'Nội dung “{item}” cần nhiều thời gian hơn mình có lúc này ạ. Mình hẹn một cuộc gọi riêng được không ạ?',
      },
      informal: {
        z5twa1: '{Me} không muốn trả lời vội chuyện này. Mai {me} gửi {you} câu trả lời kỹ càng hơn nhé?',
        gs6h9u: 'Mình tạm dừng ở đây nhé. {Me} nghĩ thêm rồi gửi {you} một đề xuất rõ ràng.',
        rhqlbu:
          '{Me} muốn làm chuyện này cho đúng. Để {me} tóm lại những gì {me} nghe được rồi gửi email cho {you} nhé.',
        usbz11: 'Chuyện “{item}” cần nhiều thời gian hơn bây giờ. Mình hẹn một cuộc gọi riêng nha?',
      },
    },
    3: {
      formal: {
        tncw36: 'Hôm nay mình xin dừng ở đây ạ. Trước cuối tuần {me} sẽ gửi {you} câu trả lời bằng văn bản.',
        k4wc43:
          '{Me} xin phép không quyết định ngay lúc này. Khi đã suy nghĩ thấu đáo, {me} sẽ phản hồi {you} ạ.',
        m0jsxw:
          'Mình đã trao đổi được nhiều ạ. {Me} xin thêm thời gian cân nhắc, và sẽ thực hiện đầy đủ những gì {me} đã hứa.',
        s2ouo2: 'Mình khép lại ở đây ạ, và bàn tiếp về “{item}” khi cả hai bên đã có thời gian suy nghĩ.',
      },
      informal: {
        eovaiu: 'Hôm nay mình dừng ở đây nhé. Trước cuối tuần {me} gửi {you} câu trả lời bằng email.',
        iqlb21: '{Me} không muốn quyết định ngay lúc này. Nghĩ kỹ xong {me} sẽ trả lời {you}.',
        dhcwv7:
          'Hôm nay mình nói được nhiều rồi. Cho {me} thêm thời gian suy nghĩ; những gì {me} đã hứa, {me} sẽ làm đến nơi đến chốn.',
        lklw6i: 'Mình tạm dừng ở đây, khi cả hai đã nghĩ kỹ thì bàn tiếp về “{item}” nhé.',
      },
    },
  },
};
