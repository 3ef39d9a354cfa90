import type { LocalePhrases } from '../phrase.types';

/**
 * Vietnamese lines. The pronoun pair decides the register (address.forms.ts): 'formal' lines speak up to the
 * listener (em or cháu to anh, chị, cô, chú, bác; tôi to anh, chị, ông, bà; to a group anh chị, mọi người, cô chú,
 * quý vị), 'informal' lines speak across or down (bạn/mình, a friendly anh or chị with mình, anh or chị to a younger
 * em, mọi người/mình, các bạn, các em). Never a hard-coded pronoun: {you}, {me}, {we} (the inclusive "we"), the
 * closing particle {pt} and the vocative {voc} come from the pair; a line about the two companies says "bên {me}" /
 * "bên {you}". {minutes} comes with its unit ("5 phút") and {cost} with "khoảng". Formal lines must suit an elder
 * and "quý vị" too: no bare "nhé", no "quá", "đấy" or sentence-final "đây"; end on "… được không ạ?" or a plain
 * statement, and no "{Voc} ơi" or "nhé {you}" to a formal group. Informal lines to one person also reach a friendly
 * anh or chị: no bossy "thôi"/"đi" orders. One standard voice: "nhé", "đấy", "thôi" (not "nha", "ghê", "liền"), and
 * "ạ" where an em would say it, not in every line.
 */
export const vi: LocalePhrases = {
  chattyClient: {
    1: {
      formal: {
        one: {
          k7nag5:
            'Chuyện này {me} xin phép để đến cuối buổi nói tiếp {pt}. Giờ {we} quay lại phần “{item}” được không ạ?',
          fkp2uj: '{Me} mải nghe mà suýt quên giờ {pt}. {We} quay lại việc chính được không ạ?',
          kvk757:
            '{Me} cũng muốn nghe thêm lắm {pt}, có điều phần “{item}” vẫn còn mấy việc chính chưa xong.',
          ede10w:
            'Chuyện này hay thật {pt}. {You} nhắn thêm cho {me} sau buổi họp được không ạ? Giờ {we} làm nốt “{item}” trước đã.',
        },
      },
      informal: {
        one: {
          nefdil: 'Hay quá! Để cuối buổi kể tiếp nhé, giờ {we} xem qua “{item}” trước đã.',
          t0wdff: '{Me} muốn nghe thêm lắm, có điều việc chính còn dở dang — {we} làm cho xong đã {pt}!',
          vu80w0: '{Voc} ơi, {me} mải nghe quá quên cả giờ! {We} quay lại việc chính {pt}.',
          gbe1rz:
            'Chuyện này hay thật đấy! {You} nhắn {me} sau buổi nhé, giờ {we} tranh thủ xong “{item}” đã.',
        },
      },
    },
    2: {
      formal: {
        one: {
          sm5hqi:
            '{Me} không muốn {you} phải trả tiền cho mấy chuyện ngoài lề này đâu {pt}. {We} quay lại dự án được không ạ?',
          zpr69t:
            'Nói chuyện với {you} vui thật {pt}, nhưng {me} sợ {we} không kịp xong “{item}” hôm nay. {We} quay lại được không ạ?',
          y3n7ef:
            '{We} lạc đề {minutes} rồi {pt}. Thời gian còn lại {me} muốn dành cho dự án của {you}, nên {me} xin phép quay lại “{item}” {pt}.',
          dkofvn:
            'Chuyện này hôm khác {we} nói tiếp {pt}, giờ tranh thủ làm việc cho khỏi phí thời gian của {you}. Phần “{item}” vẫn đang dở.',
        },
      },
      informal: {
        one: {
          fz23g4: 'Chắc {you} không định trả tiền để {me} ngồi buôn chuyện đâu nhỉ? {We} quay lại dự án nhé!',
          dn2k54:
            'Nói chuyện với {you} vui thật, nhưng cứ thế này là không kịp xong “{item}” đâu! {We} quay lại nhé?',
          pi9hfm:
            '{We} tán gẫu {minutes} rồi đấy — thời gian còn lại dành cho dự án của {you} thì hơn. Quay lại “{item}” nhé?',
          oxtty3:
            '{Voc} ơi, hôm nào {we} đi cà phê rồi nói tiếp nhé, giờ tranh thủ làm việc đã. Phần “{item}” vẫn đang dở đấy.',
        },
      },
    },
    3: {
      formal: {
        one: {
          ugumsb:
            '{We} nói chuyện ngoài lề {minutes} rồi, tính ra {cost} tiền công {pt}. {Me} xin phép quay lại “{item}” ngay để {you} không phải tốn thêm.',
          y4i0yg: '{Me} muốn giữ đúng tiến độ đã hứa với {you}, nên xin phép quay lại việc chính ngay {pt}.',
          pxw49k:
            'Chuyện này {we} hẹn dịp khác nói tiếp {pt}. Hôm nay {me} muốn làm cho xong phần “{item}” đã {pt}.',
          n9yrkc: '{Me} phải kéo câu chuyện về công việc thôi ạ: {we} vẫn còn phần “{item}” chưa xong.',
        },
      },
      informal: {
        one: {
          kypt9l:
            '{We} nói chuyện ngoài lề {minutes} rồi, tính ra {cost} tiền công đấy. Quay lại “{item}” luôn nhé, cho {you} đỡ tốn thêm.',
          kqp5tw: '{Me} muốn giữ đúng tiến độ đã hứa với {you}, nên {we} quay lại việc chính luôn nhé.',
          qkb06y: 'Chuyện này để dịp khác nói tiếp nhé, hôm nay {we} phải xong “{item}” đã.',
          k9kfof: '{Voc} ơi, {me} phải kéo câu chuyện về việc chính thôi, “{item}” vẫn chưa xong.',
        },
      },
    },
  },
  groupDrift: {
    1: {
      formal: {
        group: {
          f432cr:
            'Ý này rất hay {pt}. {We} tạm gác lại một chút, cuối buổi còn thời gian thì bàn tiếp được không ạ?',
          ok1man: 'Chủ đề này đáng để bàn riêng một buổi {pt}. Giờ mời {you} quay lại “{item}”.',
          w2teu9: 'Ý này {me} xin ghi lại để không bỏ sót {pt}. Giờ {we} quay lại “{item}”.',
          awl04l:
            'Chuyện này thú vị thật, hay {you} trao đổi thêm sau buổi họp, còn giờ {we} tiếp tục “{item}” được không ạ?',
        },
      },
      informal: {
        group: {
          ku6cy6: 'Ý hay đấy! {We} tạm gác lại, cuối buổi còn thời gian thì bàn tiếp nhé.',
          ke9lkr: 'Chuyện này chắc phải bàn riêng một buổi mới đủ. Giờ {we} quay lại “{item}” nhé {you}?',
          l4966u: 'Để {me} ghi lại cho khỏi quên, giờ {we} quay lại “{item}” nhé.',
          c49tgy: 'Chủ đề này vui thật — {you} nói tiếp sau buổi họp nhé, giờ {we} làm nốt “{item}” đã.',
        },
      },
    },
    2: {
      formal: {
        group: {
          lilc49:
            '{We} lạc đề {minutes} rồi {pt}. {Me} xin phép quay lại chương trình họp, kẻo không kịp các phần sau.',
          krpoi1:
            'Chủ đề này {we} để trao đổi riêng sau được không ạ? {Me} ngại làm mất thời gian của {you}.',
          khnzf0:
            'Phần “{item}” vẫn còn dở, mà chủ đề này không phải ai cũng cần bàn, nên {me} xin phép đưa buổi họp về đúng trọng tâm {pt}.',
          siplw5:
            'Ai liên quan đến chủ đề này thì bàn tiếp sau buổi họp được không ạ? Giờ {we} quay lại “{item}”.',
        },
      },
      informal: {
        group: {
          r6g4zp:
            '{We} lạc đề {minutes} rồi đấy — quay lại chương trình thôi cho khỏi phí thời gian của {you}.',
          klvjq0:
            '{Me} thấy chuyện này hơi lấn sang thời gian của cả nhóm rồi — để bàn riêng sau nhé, giờ quay lại “{item}” đã.',
          kj4v7l: '{We} quay lại trọng tâm nhé: “{item}” vẫn còn dở, mà chủ đề này đâu phải ai cũng cần bàn.',
          k0l3w0: 'Ai liên quan thì nói tiếp sau buổi họp nhé? Giờ {we} quay lại “{item}” đã.',
        },
      },
    },
    3: {
      formal: {
        group: {
          hfaic3:
            '{We} đi lệch chương trình {minutes} rồi {pt}. {Me} xin phép đưa buổi họp về lại “{item}” ngay bây giờ.',
          kkvb7l:
            '{We} dừng chủ đề này ở đây {pt}, phần này trao đổi riêng sau. Thời gian còn lại phải dành cho “{item}”.',
          kyx1jo:
            '{Me} xin phép gác chủ đề này lại để không làm mất thêm thời gian của {you}, {we} quay lại ngay “{item}” {pt}.',
          kvqd5w:
            'Nếu bàn tiếp chủ đề này thì hôm nay {we} không kịp xong “{item}”, nên {me} xin phép cắt ngang ở đây {pt}.',
        },
      },
      informal: {
        group: {
          on0zg8: '{We} đi lệch chương trình {minutes} rồi. {Me} kéo cả nhóm về lại “{item}” đây.',
          c6bbgb: 'Dừng chủ đề này ở đây thôi, bàn riêng sau — thời gian còn lại phải để cho “{item}”.',
          baefur: '{Me} gác chủ đề này lại nhé, không thì hết giờ mất. Quay lại “{item}” thôi.',
          vjm1l2: '{You} tập trung lại giúp {me} nhé, “{item}” vẫn chưa xong đâu.',
        },
      },
    },
  },
  itemOverrun: {
    1: {
      formal: {
        any: {
          o6d828: 'Phần “{item}” hết thời gian dự kiến rồi, {we} chốt lại phần này được không ạ?',
          kjvihw:
            'Hết giờ cho phần này rồi {pt}. {Me} ghi lại kết luận, rồi {we} sang phần tiếp theo được không ạ?',
          tc8y4x: '{Me} xin nhắc nhẹ về thời gian: phần “{item}” đến giờ kết thúc rồi {pt}.',
        },
        one: {
          tgedmu:
            'Trước khi {we} chuyển sang “{next}”, {you} còn muốn bổ sung gì quan trọng cho phần “{item}” không ạ?',
          kw4xnn:
            '{You} thấy phần “{item}” như vậy đã ổn chưa ạ? Nếu ổn thì {we} sang phần sau cho kịp giờ {pt}.',
        },
        group: {
          ovu6t3:
            'Phần “{item}” hết giờ rồi {pt}. {You} còn ai muốn bổ sung gì không ạ? Nếu không, {we} sang “{next}”.',
          jb5smt: 'Để kịp các phần sau, {me} xin phép chốt lại ý chính của “{item}” ở đây {pt}.',
        },
      },
      informal: {
        any: {
          k9onx1: 'Phần “{item}” hết thời gian dự kiến rồi đấy. {We} chốt lại phần này {pt}?',
          hiiixp: 'Phần này hết giờ rồi. {Me} ghi lại kết luận rồi {we} sang phần tiếp theo {pt}?',
          g7wcsv: '{Me} nhắc nhẹ chút: phần “{item}” tới giờ chốt rồi nhé.',
        },
        one: {
          mmfq8a: '“{item}” hết giờ rồi. {You} còn gì quan trọng không, hay {we} sang “{next}” luôn?',
          b4ad6g: '{Voc} ơi, “{item}” như vậy ổn chưa? Ổn thì sang phần sau cho kịp giờ nhỉ?',
        },
        group: {
          zxijrz:
            '{Voc} ơi, “{item}” hết giờ rồi. Còn ai muốn thêm gì không, không thì {we} sang “{next}” nhé?',
          it8mf6: 'Để kịp mấy phần sau, {we} chốt ý chính của “{item}” ở đây nhé {you}.',
        },
      },
    },
    2: {
      formal: {
        any: {
          rnj23r:
            'Phần “{item}” quá giờ {minutes} rồi {pt}. {We} thống nhất các bước tiếp theo rồi chuyển sang “{next}”.',
          udnbqf: '{Me} xin phép khép phần “{item}” lại ở đây {pt}, để còn đủ thời gian cho các phần sau.',
          pedd34: 'Để giữ đúng lịch, {we} dừng “{item}” ở đây, phần còn lại trao đổi qua email được không ạ?',
        },
        one: {
          knjklc:
            'Phần này quá giờ rồi. {Me} tóm tắt những gì đã thống nhất rồi {we} sang phần sau, {you} thấy được không ạ?',
        },
        group: {
          i0rb3l:
            'Phần “{item}” đã quá {minutes} rồi {pt}. {You} cho {me} xin mỗi người một ý chốt để {we} sang phần sau.',
          ex62mc:
            'Ai còn ý gì cho “{item}”, {you} gửi giúp {me} qua email được không ạ? Giờ {we} sang phần sau {pt}.',
        },
      },
      informal: {
        any: {
          imszcs:
            'Phần “{item}” quá {minutes} rồi đấy. {We} chốt bước tiếp theo rồi sang “{next}” được không?',
          izlgj4: '{We} chốt lại “{item}” nhé — quá giờ rồi, còn phải để thời gian cho mấy phần sau nữa.',
          ktw451: 'Cho kịp lịch, {we} dừng “{item}” ở đây, phần còn lại trao đổi qua email.',
        },
        one: {
          hy9b38: 'Phần này quá giờ rồi. Để {me} tóm tắt lại rồi {we} sang phần sau nhé, {you} thấy sao?',
        },
        group: {
          byvjc2: 'Mỗi người chốt một ý cuối cho “{item}” nhé {you}, {we} quá giờ {minutes} rồi.',
          mbxv09: '{Voc} ơi, phần này quá giờ rồi. Ai còn ý gì thì gõ vào khung chat nhé, giờ sang phần sau.',
        },
      },
    },
    3: {
      formal: {
        any: {
          bc00v1: 'Phần “{item}” đã quá {minutes} rồi {pt}. {Me} xin phép chuyển sang “{next}” ngay bây giờ.',
          kpiagj: '{We} dừng “{item}” tại đây {pt}. {Me} sẽ gửi tóm tắt sau buổi họp để không sót ý nào.',
          xgl7zq:
            'Phần này đã quá giờ khá nhiều. {We} tạm gác phần còn lại và chuyển sang nội dung tiếp theo {pt}.',
        },
        one: {
          c6ll2o:
            'Giờ phải sang phần khác rồi {pt}. Nếu {you} thấy cần, phần “{item}” {we} hẹn riêng một buổi để bàn tiếp.',
        },
        group: {
          whjqp3:
            '{You} cho {me} dừng “{item}” ở đây {pt}. Ai còn ý kiến thì gửi {me} sau buổi họp, {me} tổng hợp lại.',
          eqs7oa: '{We} buộc phải sang phần sau rồi {pt}. Phần “{item}” còn dở {me} sẽ xếp vào buổi họp tới.',
        },
      },
      informal: {
        any: {
          f77ypk: 'Phần “{item}” quá {minutes} rồi, {we} chuyển sang “{next}” luôn.',
          hwzxx6: '{We} dừng “{item}” ở đây nhé. {Me} sẽ gửi tóm tắt sau để không sót gì.',
          kysjbl: 'Phần này quá giờ nhiều rồi. Chỗ còn dở {we} để sau, giờ sang phần tiếp theo thôi.',
        },
        one: {
          walewe:
            'Giờ phải sang phần khác rồi — nếu {you} cần, “{item}” {we} hẹn riêng một cuộc gọi để bàn tiếp nhé.',
        },
        group: {
          jsup9o: '{Voc} ơi, “{item}” dừng ở đây nhé. Ai còn gì thì nhắn {me}, {me} gom lại sau.',
        },
      },
    },
  },
  capNear: {
    1: {
      formal: {
        any: {
          p361mt:
            '{Me} xin nhắc nhẹ về thời gian, còn {minutes} nữa {pt}. Những điểm quan trọng nhất {we} bàn trước được không ạ?',
        },
        one: {
          pylalq: '{We} còn khoảng {minutes} — hôm nay {you} muốn chốt điều gì nhất ạ?',
          kbx6ww: '{Me} báo để {you} nắm: buổi hôm nay {we} còn {minutes} {pt}.',
          g1ggk6: 'Còn {minutes} thôi. {You} có muốn {we} điểm lại các ý chính của “{item}” không ạ?',
        },
        group: {
          a9t8ch: '{We} còn {minutes} thôi. {You} muốn ưu tiên chốt việc nào trước ạ?',
          qyv7h5: '{Me} báo để {you} cùng nắm: buổi họp còn {minutes} {pt}.',
          aldxq4:
            'Còn {minutes} nữa là hết giờ {pt}, {we} đi nhanh qua các ý chính của “{item}” được không ạ?',
        },
      },
      informal: {
        any: {
          jhj2x6: 'Nhắc nhẹ chút: {we} còn {minutes}, tập trung vào mấy việc quan trọng nhất nhé.',
          m0f31v: '{Me} báo chút: hôm nay {we} còn {minutes} nhé.',
        },
        one: {
          nzv10t: 'Còn khoảng {minutes} thôi — hôm nay {you} muốn chốt chuyện gì nhất?',
          nbdinm: '{Voc} ơi, còn {minutes} đấy — {we} lướt qua mấy ý chính của “{item}” nhé?',
        },
        group: {
          decjek: '{Voc} ơi, còn {minutes} nữa thôi, ai có việc gì cần chốt thì nói luôn nhé.',
          gvyr2a: 'Còn {minutes} nữa là hết giờ, {we} lướt nhanh mấy ý chính của “{item}” nhé {you}.',
        },
      },
    },
    2: {
      formal: {
        any: {
          kccea8: '{We} còn {minutes} {pt}. {Me} xin phép tóm tắt nhanh những điểm đã thống nhất.',
          r8x1ws:
            'Chỉ còn {minutes} thôi {pt}. Trước khi kết thúc, {we} phân công luôn ai phụ trách việc gì được không ạ?',
          xwfty2:
            'Sắp hết giờ rồi {pt}. {Me} không muốn làm lỡ lịch sau của {you}, nên {we} chỉ chốt những việc cần quyết ngay hôm nay thôi ạ.',
        },
        one: {
          v0yde0:
            'Còn {minutes} thôi {pt}, phần nào chưa kịp thì {we} để buổi sau bàn tiếp, {you} thấy thế nào ạ?',
        },
        group: {
          onose0:
            'Còn {minutes} thôi {pt}. {You} còn ai có việc gấp thì nêu luôn giúp {me}, rồi {me} tổng kết.',
        },
      },
      informal: {
        any: {
          k4ymrj: 'Còn {minutes} nữa thôi. {Me} tóm tắt nhanh mấy điểm đã chốt nhé.',
          ymrtlg: 'Chỉ còn {minutes}, trước khi kết thúc {we} phân công luôn ai làm gì nhé.',
          p9q8cp:
            'Sắp hết giờ rồi. {Me} không muốn làm lỡ lịch sau của {you}, nên {we} chỉ chốt mấy việc cần quyết hôm nay thôi {pt}.',
        },
        one: {
          r66qcy: 'Còn {minutes} thôi, phần nào chưa kịp thì {we} để buổi sau nhé, {you} thấy ổn không?',
        },
        group: {
          xdp076: '{Voc} ơi, còn {minutes} nữa thôi. Ai còn việc gấp thì nói ngay nhé, rồi {me} tổng kết.',
        },
      },
    },
    3: {
      formal: {
        any: {
          vowk79: 'Không còn bao nhiêu thời gian nữa {pt}. {Me} tóm tắt nhanh rồi {we} kết thúc.',
          wbsdl8:
            'Còn {minutes} nữa là hết giờ, {me} xin phép chốt lại luôn, {we} không mở thêm chủ đề mới nữa {pt}.',
        },
        one: {
          kq1iw8: 'Thời gian sắp hết rồi {pt}, sau buổi họp {me} sẽ gửi {you} bản tóm tắt.',
          knvj1t: '{We} dừng ở đây {pt}, những việc còn dở {me} sẽ trao đổi tiếp với {you} qua email.',
        },
        group: {
          jfv0sp: '{We} dừng ở đây {pt}. Việc của ai còn dở {me} sẽ gửi email riêng cho người đó.',
          xpwytg:
            '{Me} xin phép kết thúc đúng giờ để không làm lỡ lịch của {you}. Biên bản {me} gửi sau {pt}.',
        },
      },
      informal: {
        any: {
          xpdc8q: 'Không còn mấy phút nữa đâu. {Me} tóm tắt nhanh rồi {we} kết thúc.',
          k46o3u: 'Còn {minutes} nữa là hết giờ, {we} chốt luôn thôi, không mở thêm chủ đề mới nữa {pt}.',
        },
        one: {
          bfghc0: 'Hết giờ tới nơi rồi. {Me} gửi {you} tóm tắt sau buổi nhé.',
          kel9r6: '{We} dừng ở đây nhé — việc gì còn dở, {me} nhắn {you} sau.',
        },
        group: {
          z5xki3: '{Voc} ơi, {we} dừng đúng giờ nhé. Việc của ai còn dở {me} nhắn riêng sau.',
          kjv804: 'Hết giờ tới nơi rồi {you} ơi. Tóm tắt {me} gửi cho cả nhóm sau nhé.',
        },
      },
    },
  },
  capPassed: {
    1: {
      formal: {
        any: {
          lrtlj0: 'Đến giờ kết thúc rồi {pt}. {Me} xin phép dừng ở đây, bản tóm tắt {me} gửi sau {pt}.',
          hyr9ft: 'Hết thời gian rồi {pt}, {we} chốt lại các bước tiếp theo rồi kết thúc.',
        },
        one: {
          eaxktd:
            'Thời gian dự kiến đã hết rồi {pt}. {You} còn việc gì gấp cần bàn không ạ? Nếu không, {me} xin phép kết thúc ở đây.',
          b7w5cz: 'Hết giờ rồi {pt}, phần còn lại {me} sẽ trao đổi với {you} qua email.',
        },
        group: {
          nz7b0d: 'Hết giờ rồi {pt}. {You} còn ai có việc gấp không ạ? Nếu không, {we} kết thúc ở đây.',
          lsp9rm:
            'Cảm ơn {you} đã dành thời gian {pt}. Hết giờ rồi, {me} xin phép kết thúc, biên bản {me} gửi sau {pt}.',
        },
      },
      informal: {
        any: {
          j0liyn: 'Hết giờ rồi đấy. {We} dừng ở đây nhé, {me} gửi tóm tắt sau.',
          n6yb7m: 'Tới giờ kết thúc rồi. Chốt mấy bước tiếp theo rồi {we} nghỉ nhé?',
        },
        one: {
          ia59dn: 'Thời gian hết rồi. {You} còn gì gấp không, không thì {we} chào nhau nhé.',
          sgyhuq: '{Voc} ơi, hết giờ rồi — phần còn lại {me} email cho {you} nhé.',
        },
        group: {
          v53ao4: '{Voc} ơi, hết giờ rồi. Ai còn gì gấp thì nói nhanh nhé, không thì {we} nghỉ.',
          blmtmx:
            'Cảm ơn {you} nhé, hết giờ rồi. Câu hỏi nào chưa kịp thì cứ để lại trong khung chat, {me} trả lời sau.',
        },
      },
    },
    2: {
      formal: {
        any: {
          ka0lsu:
            'Đã quá {minutes} so với dự kiến rồi {pt}. {Me} xin phép dừng ở đây, phần còn lại để buổi sau.',
          uwsgqn: '{We} quá giờ rồi {pt}. {Me} sẽ gửi tóm tắt, phần còn lại trao đổi tiếp qua email.',
          bq0kom:
            '{Me} xin phép kết thúc ở đây {pt}, ngay sau đây {me} có lịch hẹn khác. Lần sau {we} làm tiếp {pt}.',
        },
        one: {
          jzq1b9: 'Quá giờ rồi, {me} sợ làm lỡ lịch của {you} {pt}. {We} dừng ở đây, buổi sau làm tiếp.',
        },
        group: {
          pqjpn9:
            '{Me} không dám giữ {you} thêm nữa {pt}, quá giờ rồi. Phần còn lại {we} trao đổi qua email.',
        },
      },
      informal: {
        any: {
          hld3w3: '{We} quá giờ {minutes} rồi đấy. Phần còn lại để buổi sau, dừng ở đây nhé.',
          xmmyi5: '{Me} phải canh giờ chút — {we} dừng ở đây rồi bàn tiếp buổi sau được không?',
          mth40l: 'Quá giờ rồi. {Me} gửi tóm tắt, còn lại {we} trao đổi qua email.',
        },
        one: {
          wlzlv4: '{Me} xin phép chào {you} nhé, {me} có hẹn khác rồi. Lần sau {we} làm tiếp.',
        },
        group: {
          g4701k: '{Me} không giữ {you} thêm nữa đâu, quá giờ rồi. Phần còn lại {we} nhắn nhau sau nhé.',
        },
      },
    },
    3: {
      formal: {
        any: {
          ns8xll:
            '{Me} xin lỗi, phải dừng ở đây thật rồi {pt}. Phần còn lại {we} hẹn thêm một buổi được không ạ?',
          eadv8o: '{We} dừng ở đây {pt}. Những việc còn dở {me} sẽ đưa vào chương trình buổi sau.',
          d8ctx8:
            '{Me} phải dừng ở đây thôi {pt}. Ngay trong hôm nay {me} sẽ gửi tóm tắt để {we} không sót việc gì.',
        },
        one: {
          czgbit:
            '{We} đã quá giờ {minutes} rồi {pt}. {Me} xin phép kết thúc cuộc gọi ở đây, các bước tiếp theo {me} sẽ gửi {you} sau {pt}.',
        },
        group: {
          iuqsq1: '{You} thông cảm cho {me}, quá giờ nhiều rồi nên {me} xin phép kết thúc tại đây {pt}.',
        },
      },
      informal: {
        any: {
          koy839: '{We} dừng ở đây thôi. Việc gì còn dở thì đưa vào buổi sau.',
          su1jef: '{Me} phải dừng ở đây thôi, trong hôm nay {me} gửi tóm tắt.',
        },
        one: {
          k2xmqq:
            '{We} quá {minutes} rồi. {Me} phải dừng cuộc gọi ở đây, lát {me} gửi {you} các bước tiếp theo nhé.',
          yf69fl: 'Xin lỗi {you} nhé, giờ {me} phải đi thật rồi. Phần còn lại {we} hẹn buổi khác.',
        },
        group: {
          zfv93k:
            'Xin lỗi {you} nhé, quá giờ nhiều rồi nên {me} phải dừng ở đây. Ai còn việc gì thì nhắn {me} sau.',
          y94luc: '{Voc} ơi, {we} quá {minutes} rồi, dừng ở đây thôi. Việc còn lại {me} gom vào buổi sau.',
        },
      },
    },
  },
  chatAtEnd: {
    1: {
      formal: {
        any: {
          gvkfig:
            'Việc hôm nay {we} bàn xong cả rồi {pt}. {Me} xin phép đi triển khai luôn các bước tiếp theo.',
          xy18cm:
            'Rất vui được trao đổi với {you} hôm nay {pt}. {Me} xin phép quay lại công việc, có gì mới {me} sẽ cập nhật ngay ạ.',
        },
        one: {
          jeky66:
            'Hôm nay bàn với {you} được nhiều việc quá {pt}. {Me} xin phép chào {you}, chúc {you} làm việc suôn sẻ {pt}.',
          koad4i:
            '{Me} rất muốn nói chuyện thêm với {you}, nhưng phải bắt tay vào dự án cho kịp tiến độ {pt}.',
          kan142:
            'Cảm ơn {you} đã dành thời gian {pt}. {Me} xin phép bắt tay ngay vào những việc {we} vừa bàn.',
        },
        group: {
          o5bezh: 'Nói chuyện với {you} rất vui {pt}, nhưng {me} xin phép để {you} quay lại công việc.',
          xjx9wd:
            'Cảm ơn {you} đã dành thời gian {pt}. Phân công rõ rồi, {me} xin phép bắt tay ngay vào phần việc của {me}.',
        },
      },
      informal: {
        any: {
          spnbq1: 'Hôm nay vui thật. {Me} đi làm tiếp đây, có gì mới {me} báo sau.',
        },
        one: {
          ggkwdx: 'Hôm nay bàn được nhiều việc quá! Thôi {me} chào {you} {pt}, chúc {you} làm việc suôn sẻ!',
          ehpdir:
            '{Voc} ơi, {me} còn muốn nói chuyện thêm lắm, nhưng phải lo cho kịp tiến độ đã. Hẹn {you} lần sau nói tiếp {pt}!',
          kk5pnf: 'Cảm ơn {you} nhé! {Me} không giữ {you} nữa, {me} bắt tay vào mấy việc {we} vừa bàn luôn.',
          k32635: 'Mải nói chuyện với {you} mà quên cả giờ. Thôi {me} đi triển khai mấy bước tiếp theo đây.',
        },
        group: {
          f4jjs7:
            'Nói chuyện với {you} vui thật, nhưng thôi để {you} còn làm việc. {Me} cũng đi làm tiếp đây!',
          tvrbqa: 'Cảm ơn {you} nhé! Phân việc rõ cả rồi, {me} cũng bắt tay vào phần của {me} luôn.',
          a4wdxz: '{Voc} ơi, tán chuyện vui quá mà quên cả giờ. Thôi {we} giải tán nhé!',
        },
      },
    },
    2: {
      formal: {
        any: {
          x8m3iy: 'Chuyện này {we} để lần sau nói tiếp {pt}, hôm nay {me} muốn bắt tay vào việc luôn.',
          d9vh61: 'Dự án còn đang chờ {me}, {me} xin phép đi làm tiếp {pt}.',
        },
        one: {
          mqe02w:
            '{Me} xin phép không làm mất thêm thời gian của {you} {pt}, {me} quay lại làm dự án cho {you} luôn.',
          k217bu:
            'Nói chuyện vui thật {pt}, nhưng {me} cũng phải lo cho kịp tiến độ dự án của {you}. Hẹn lần sau {we} nói tiếp {pt}.',
          k1jg85:
            'Nói chuyện với {you} vui quá, mới đó mà {we} đã nói thêm {minutes} rồi {pt}. {Me} xin phép để {you} quay lại công việc, còn {me} bắt tay vào dự án của {you} luôn {pt}.',
        },
        group: {
          xs1bat:
            'Cảm ơn {you} đã nán lại trò chuyện {pt}. {Me} xin phép kết thúc ở đây để {you} còn quay lại công việc.',
          qadq54:
            'Trò chuyện với {you} rất vui, mới đó mà {we} đã nói thêm {minutes} rồi {pt}. {Me} xin phép dừng ở đây, hẹn gặp lại {you} buổi sau {pt}.',
        },
      },
      informal: {
        any: {
          vq0mey: 'Hẹn lần sau nói tiếp nhé, hôm nay {me} muốn bắt tay vào việc luôn.',
          jkc3of: 'Dự án còn đang chờ {me} đấy, {me} đi làm tiếp đây!',
        },
        one: {
          ktqrpy: 'Thôi, {me} không giữ {you} nữa — {me} còn phải lo dự án của {you} mà!',
          xjhnf6: 'Vui thật, nhưng dự án của {you} đâu có tự xong được. Nói chuyện sau nhé!',
          rpv5ao:
            'Nói chuyện vui quá, mới đó mà {we} đã tán thêm {minutes} rồi! {You} làm việc tiếp {pt}, còn {me} đi lo dự án cho {you}.',
        },
        group: {
          ammqx8: '{Voc} ơi, {we} tán thêm {minutes} rồi đấy. Thôi ai về việc nấy nhé!',
          imdptj: 'Vui thật, nhưng còn bao nhiêu việc đang chờ cả nhóm. Hẹn {you} lần sau nhé!',
        },
      },
    },
    3: {
      formal: {
        any: {
          r617bp: 'Giờ {me} phải dừng thật rồi {pt}. Dự án có gì mới {me} sẽ báo ngay {pt}.',
        },
        one: {
          kv7f19: '{Me} xin phép dừng ở đây {pt}, chuyện còn lại {we} để dành buổi sau nói tiếp.',
          kymwdi:
            '{Me} xin phép kết thúc cuộc gọi ở đây {pt}. Một lần nữa cảm ơn {you} đã dành thời gian {pt}.',
          vujfsz: '{Me} xin phép chào {voc} {pt}, {me} phải vào cuộc gọi tiếp theo rồi.',
        },
        group: {
          kde7b2: '{Me} xin phép rời cuộc họp trước {pt}, {you} cứ tự nhiên nói chuyện tiếp.',
          ke7qz7:
            'Cảm ơn {you} {pt}, {me} phải vào cuộc gọi khác rồi. Có gì mới {me} sẽ gửi email cho {you} {pt}.',
          cisc0z: '{Me} xin phép chào {you} {pt}, hẹn gặp lại buổi sau.',
        },
      },
      informal: {
        any: {
          a1ciua: 'Giờ {me} phải đi thật rồi. Có gì mới về dự án {me} báo ngay.',
        },
        one: {
          yja88p: '{Me} dừng ở đây nhé, chuyện còn dở để lần sau {we} nói tiếp.',
          khrtyt: 'Cảm ơn {you} đã dành thời gian nhé, giờ {me} phải tắt máy rồi.',
          f61nr1: 'Chào {you} nhé, {me} phải vào cuộc gọi tiếp theo rồi.',
        },
        group: {
          qevq0a: '{Me} phải đi trước đây, {you} cứ nói chuyện tiếp nhé!',
          gtjgu1: 'Chào {you} nhé, {me} chạy sang cuộc gọi khác đây. Có gì cứ nhắn {me}.',
          vt5p1a: 'Cảm ơn {you} nhé, {me} xin phép rời cuộc gọi trước.',
        },
      },
    },
  },
  adhocCall: {
    1: {
      formal: {
        any: {
          kyoyo8: 'Việc này để {me} ghi lại {pt}, lần tới {we} bàn cho kỹ.',
          i6mz3w:
            '{We} gói gọn trong vài phút nữa được không {pt}? Việc gì chưa kịp, {me} xin trao đổi tiếp qua email {pt}.',
        },
        one: {
          h60w4m:
            '{Me} rất sẵn lòng hỗ trợ {you} {pt}. {You} cho {me} biết việc nào gấp nhất để {me} xử lý ngay được không ạ?',
          idt8fd:
            'Cảm ơn {you} đã liên hệ {pt}. Hôm nay {we} nói ngắn gọn thôi, chi tiết để buổi họp tới được không ạ?',
          bwrpas: '{Me} đang dở tay làm dự án của {you}, phần này {we} để lần sau được không ạ?',
        },
        group: {
          x1fepz:
            '{You} cho {me} xin mỗi người một việc gấp nhất trước {pt}, còn lại {me} ghi lại để buổi sau bàn tiếp.',
          irki3k:
            'Cảm ơn {you} đã gọi {pt}. Hôm nay {we} nói ngắn thôi, chi tiết {me} xin để buổi họp tới {pt}.',
        },
      },
      informal: {
        any: {
          v9kfpq: 'Để {me} ghi lại đã, lần sau {we} bàn cho kỹ.',
          dr4cc7: '{We} gói gọn trong vài phút nữa {pt}, việc gì chưa kịp thì trao đổi qua tin nhắn.',
        },
        one: {
          e00uet: '{You} đang cần gấp nhất việc gì? {Me} lo việc đó trước nhé.',
          bdra0t: 'Cảm ơn {you} đã gọi nhé. Giờ {we} nói ngắn thôi, chi tiết để cuộc gọi tới được không?',
          k7pmsp: '{Voc} ơi, {me} đang dở tay làm dự án của {you}, {we} nói nhanh việc chính thôi nhé?',
        },
        group: {
          ses3ve: '{Voc} ơi, mỗi người nói nhanh việc gấp nhất nhé, còn lại {me} ghi lại để bàn sau.',
          uj1698:
            'Cảm ơn {you} đã gọi nhé! {Me} đang dở tay chút, {we} bàn nhanh rồi {me} quay lại làm tiếp.',
        },
      },
    },
    2: {
      formal: {
        any: {
          kwp03u:
            'Việc này {me} chưa chuẩn bị kịp để trả lời chi tiết {pt}. {Me} xin phép xem lại rồi phản hồi sau.',
          y544ol: '{We} trao đổi được {minutes} rồi {pt}. Còn việc nào cần chốt ngay hôm nay không ạ?',
        },
        one: {
          cpghce:
            'Các câu hỏi khác {you} gom lại giúp {me} được không ạ? Đến cuộc gọi tới {we} xử lý hết một lượt {pt}.',
          pjdtvb: 'Việc này cần thời gian bàn cho kỹ, {we} hẹn hẳn một buổi riêng được không ạ?',
          k7o454:
            'Để dự án của {you} kịp tiến độ, cuộc gọi này {we} nói ngắn thôi được không {pt}? Phần còn lại {me} xin để lần sau bàn tiếp.',
        },
        group: {
          glulgq:
            '{You} cho {me} xin hẹn riêng một buổi họp cho việc này {pt}, để ai cần tham gia cũng chuẩn bị được.',
          v0im6w: 'Để không lấn sang lịch của {you}, phần còn lại {we} gom vào buổi họp tới {pt}.',
        },
      },
      informal: {
        any: {
          kznoza: 'Chuyện này cần bàn cho kỹ, {we} hẹn hẳn một buổi riêng được không?',
          apg6cu: 'Cái này {me} chưa chuẩn bị kịp để nói chi tiết. Để {me} xem lại rồi báo lại sau.',
        },
        one: {
          pxi5nx: '{We} nói được {minutes} rồi đấy. Mấy câu hỏi khác {you} gom lại cho cuộc gọi tới nhé.',
          kzxf4u: 'Để dự án của {you} chạy đều, cuộc gọi này {we} nói ngắn thôi, còn lại để lần sau nhé.',
        },
        group: {
          dz03lv: 'Việc này nên hẹn riêng một buổi, cho ai cần tham gia cũng kịp chuẩn bị nhé {you}.',
          nqw8aq: '{Voc} ơi, {we} nói {minutes} rồi đấy. Ai còn câu hỏi thì gom lại cho buổi họp tới nhé.',
        },
      },
    },
    3: {
      formal: {
        any: {
          rsejbb:
            '{We} đã nói chuyện {minutes} rồi, giờ {me} xin phép quay lại làm việc. Phần còn lại {we} để lần sau bàn tiếp {pt}.',
          xzwmoq:
            '{Me} buộc phải dừng ở đây để còn làm việc {pt}. Việc nào gấp {me} sẽ phản hồi bằng email trong hôm nay.',
        },
        one: {
          xp182d:
            '{Me} phải dừng ở đây rồi {pt}. Phần còn lại {you} gửi giúp {me} qua email, {me} xử lý xong sẽ báo lại {you}.',
          bha4ug:
            '{Me} phải quay lại làm việc rồi {pt}. Để giữ tiến độ dự án cho {you}, lần sau có việc gì {we} hẹn lịch trước rồi gom lại bàn một thể được không {pt}?',
          zmvn0w:
            'Hôm nay {me} xin phép dừng ở đây {pt}. Xong việc đang dở, {me} sẽ chủ động gọi lại cho {you}.',
        },
        group: {
          xnf2kk:
            '{Me} xin đề xuất từ nay có việc phát sinh thì {we} gom lại rồi hẹn lịch trước, để ai cũng kịp chuẩn bị {pt}.',
          qn6rdg:
            '{You} thông cảm, {me} phải dừng cuộc gọi tại đây {pt}. Ai còn việc gì thì gửi email giúp {me} {pt}.',
        },
      },
      informal: {
        any: {
          cpew6g: '{We} nói {minutes} rồi, giờ {me} phải quay lại làm việc đây. Lần sau bàn tiếp nhé.',
          dgmjas: '{Me} phải dừng ở đây thôi, còn việc đang làm dở. Có gì gấp thì nhắn {me} nhé.',
        },
        one: {
          kye35q: '{Me} dừng ở đây nhé — phần còn lại {you} email cho {me}, {me} xử lý xong rồi báo {you}.',
          nyg4f6:
            '{Me} phải quay lại làm việc rồi. Để dự án của {you} kịp tiến độ, lần sau có việc gì {we} hẹn lịch trước rồi gom lại bàn một thể {pt}?',
          jrv74q: 'Giờ {me} phải tắt máy rồi, lát rảnh tay {me} gọi lại cho {you} nhé.',
        },
        group: {
          vkvs6o: 'Từ giờ có việc phát sinh thì {we} gom lại rồi hẹn hẳn một buổi cho cả nhóm cùng bàn {pt}.',
          gogh4x: 'Xin lỗi {you} nhé, {me} phải dừng ở đây. Ai còn gì thì nhắn {me}, {me} xử lý sau.',
        },
      },
    },
  },
  hardTalk: {
    1: {
      formal: {
        any: {
          zvawfv:
            'Dạ, {me} hiểu điều {you} đang băn khoăn {pt}. Việc này có cần chốt ngay hôm nay không, hay để {me} suy nghĩ thêm rồi {we} bàn tiếp vào buổi khác ạ?',
          z7hb0g:
            'Việc này quan trọng {pt}. {We} nghỉ giải lao vài phút rồi quay lại bàn tiếp cho kỹ được không ạ?',
        },
        one: {
          dz647e: 'Cảm ơn {you} đã chia sẻ thẳng thắn {pt}. Cho {me} xin một phút trước khi trả lời {pt}.',
          rhxdxl:
            'Về “{item}”, {me} xin tóm lại những điểm {you} vừa nêu, để {we} cùng nắm rõ trước khi quyết định gì thêm {pt}.',
        },
        group: {
          avwnck:
            '{Me} xin tóm lại những chỗ đã rõ và những chỗ còn vướng về “{item}”, rồi {we} dừng lại một chút được không ạ?',
          lj6lnj:
            'Dạ, {me} xin ghi nhận các ý kiến của {you} {pt}. {You} cho {me} xin một phút sắp xếp lại ý rồi {me} trả lời {pt}.',
        },
      },
      informal: {
        any: {
          mw6hxm:
            '{Me} hiểu điều {you} băn khoăn rồi. Chuyện này có cần chốt ngay hôm nay không, hay để {me} nghĩ thêm rồi {we} bàn tiếp buổi sau?',
          vch0gs: 'Chuyện này quan trọng, hay {we} nghỉ vài phút rồi quay lại bàn cho kỹ nhé?',
        },
        one: {
          yc99cw: 'Cảm ơn {you} đã nói thẳng. Cho {me} một phút trước khi trả lời đã.',
          ko477b: 'Để {me} tóm lại mấy ý chính {you} vừa nói về “{item}”, rồi {we} tạm dừng ở đó nhé.',
        },
        group: {
          ffkyu1: 'Cảm ơn {you} đã thẳng thắn nhé. Cho {me} một phút gom lại các ý rồi {me} trả lời.',
          xt2k8e: 'Về “{item}”, chưa cần ai trả lời ngay đâu, {you} cứ ngẫm thêm rồi nhắn {me} sau nhé.',
        },
      },
    },
    2: {
      formal: {
        any: {
          nga9uw: '{We} tạm dừng ở đây {pt}. {Me} sẽ suy nghĩ thêm rồi gửi một đề xuất rõ ràng.',
          wd0e49:
            'Việc này {me} muốn xử lý cho thật chu đáo {pt}. Để {me} tóm tắt lại những gì đã nghe rồi gửi {you} bằng văn bản.',
          kzjmgj:
            'Việc “{item}” cần bàn kỹ hơn, mà bây giờ không đủ thời gian. {We} hẹn riêng một buổi khác được không ạ?',
        },
        one: {
          mhe3xq:
            'Việc này {me} không muốn trả lời vội. Để {me} cân nhắc kỹ rồi trả lời {you} trong một hai ngày tới được không ạ?',
        },
        group: {
          qpzsn3: '{Me} xin ghi nhận ý kiến của {you} {pt}. {Me} sẽ cân nhắc kỹ rồi gửi phản hồi chung sau.',
        },
      },
      informal: {
        any: {
          gs6h9u: '{We} tạm dừng ở đây đã. {Me} nghĩ thêm rồi gửi một đề xuất rõ ràng.',
          rhqlbu:
            'Chuyện này {me} muốn xử lý cho ổn thoả. Để {me} tóm lại những gì nghe được rồi gửi email {pt}.',
          usbz11:
            'Chuyện “{item}” cần bàn kỹ hơn, mà giờ thì không đủ thời gian. {We} hẹn riêng một buổi khác được không?',
        },
        one: {
          z5twa1:
            'Chuyện này {me} không muốn trả lời vội. Để {me} nghĩ kỹ, một hai hôm nữa {me} trả lời {you} được không?',
        },
        group: {
          v6tk8v:
            '{Me} ghi nhận hết ý của {you} rồi. Để {me} nghĩ kỹ, một hai hôm nữa {me} phản hồi chung cho cả nhóm.',
        },
      },
    },
    3: {
      formal: {
        any: {
          tncw36:
            'Hôm nay {we} dừng ở đây {pt}. {Me} sẽ cân nhắc kỹ rồi gửi câu trả lời bằng văn bản trong vài ngày tới.',
          m0jsxw:
            'Phần “{item}” đã kéo dài quá giờ {pt}. Những điểm đã thống nhất {me} xin ghi lại, còn điểm đang vướng {we} để sang một buổi riêng.',
          s2ouo2:
            '{We} tạm khép lại ở đây {pt}. Khi đã có thời gian suy nghĩ kỹ, {we} bàn tiếp về “{item}” sau.',
        },
        one: {
          k4wc43:
            '{Me} xin phép chưa chốt việc này ngay hôm nay {pt}. {We} hẹn luôn một buổi để bàn tiếp, {you} tiện hôm nào ạ?',
        },
        group: {
          kdtkh0:
            '{You} cho {me} xin thêm thời gian {pt}, việc này {me} cần cân nhắc kỹ rồi mới phản hồi chính thức được.',
        },
      },
      informal: {
        any: {
          eovaiu: 'Hôm nay {we} dừng ở đây thôi. Trong vài ngày tới {me} gửi câu trả lời bằng email.',
          dhcwv7:
            'Phần “{item}” quá giờ nhiều rồi. Chỗ nào đã thống nhất {me} ghi lại, còn điểm đang vướng {we} để một buổi riêng nhé.',
        },
        one: {
          iqlb21:
            '{Me} chưa muốn chốt chuyện này ngay hôm nay. {We} hẹn luôn buổi bàn tiếp nhé, {you} rảnh hôm nào?',
          lklw6i: '{We} tạm dừng ở đây, khi cả hai đã nghĩ kỹ thì bàn tiếp về “{item}” nhé.',
        },
        group: {
          qhm7n6:
            '{You} cho {me} thêm thời gian nhé, chuyện này {me} chưa chốt ngay được. Nghĩ kỹ xong {me} sẽ trả lời cả nhóm.',
          mi4us7: 'Khi mỗi người đã nghĩ kỹ, {we} bàn tiếp về “{item}” nhé. Hôm nay dừng ở đây.',
        },
      },
    },
  },
  turnLong: {
    1: {
      formal: {
        one: {
          joiosj: '{Me} cảm ơn {voc} {pt}. Giờ {me} xin phép mời thêm ý kiến của những người chưa phát biểu.',
          fcjby0: 'Ý của {voc} rất hay {pt}. Về “{item}”, {me} xin phép nghe thêm các ý kiến khác nữa.',
          xclgbn:
            '{Me} cảm ơn {you} nhiều {pt}. Trước khi {you} nói tiếp, {me} muốn nghe những người khác thấy thế nào.',
          yhgrx9: '{Voc} nói rất rõ rồi {pt}. Giờ {me} xin mời {nextName} tiếp lời.',
        },
      },
      informal: {
        one: {
          j3tc1a: 'Cảm ơn {voc} {pt}. {Me} muốn nghe thêm ý kiến của những người chưa nói.',
          knpwo1: 'Ý {you} hay đấy. Về “{item}”, {me} muốn nghe thêm các ý khác nữa {pt}.',
          mohepb: 'Cảm ơn {you} nhiều. Trước khi {you} nói tiếp, {me} muốn nghe những người khác thấy sao.',
          lup7np: '{Voc} nói rõ quá, cảm ơn {pt}. Giờ mời {nextName} tiếp lời.',
        },
      },
    },
    2: {
      formal: {
        one: {
          gwc7uz:
            '{Voc} tóm lại giúp {me} trong một câu, để những người khác cũng còn thời gian nói, được không ạ?',
          xlpc0j: '{Me} xin phép ngắt lời {you} một chút {pt}: {me} muốn ai cũng có dịp góp ý về “{item}”.',
          bsllax: '{We} tạm để phần còn lại sau, nghe những người khác trước được không ạ?',
          bc2rjj: '{Me} xin phép mời {nextName} nói trước một chút, rồi {we} quay lại với {you} {pt}.',
        },
      },
      informal: {
        one: {
          rpxqy9:
            '{Voc} tóm lại trong một câu được không? {Me} muốn chừa thời gian cho những người khác nữa.',
          dpccvw: '{Me} ngắt lời {you} chút {pt}: {me} muốn ai cũng được góp ý về “{item}”.',
          fkvyu8: '{We} để phần còn lại sau, nghe những người khác trước {pt}?',
          du6y7l: 'Để {nextName} nói một chút đã, rồi {we} quay lại với {you} {pt}.',
        },
      },
    },
    3: {
      formal: {
        one: {
          q1deqs: '{Me} xin phép ngắt lời {you} ở đây để những người khác cũng có lượt phát biểu {pt}.',
          pohk57: '{Me} cảm ơn {voc} {pt}. {We} cần đi tiếp, {me} xin mời những người khác phát biểu.',
          fxmlfs:
            '{We} tạm dừng ở đây {pt}; phần còn lại {you} gửi {me} qua email hoặc tin nhắn được không ạ?',
          tqr9yt: '{Me} xin phép dừng phần của {you} ở đây {pt}. Xin mời {nextName}.',
        },
      },
      informal: {
        one: {
          rsq9mg: '{Me} phải ngắt lời {you} ở đây để người khác cũng được nói {pt}.',
          komkly: 'Cảm ơn {voc}. {We} cần đi tiếp, giờ nghe người khác {pt}.',
          k402in: '{We} dừng ở đây; phần còn lại {you} nhắn {me} sau {pt}.',
          cn0vk8: '{Me} tạm dừng phần của {you} ở đây {pt}. Mời {nextName}.',
        },
      },
    },
  },
  quietInvite: {
    1: {
      formal: {
        one: {
          qgc3dq: '{Voc} có muốn bổ sung gì không ạ?',
          ui1m1e: '{Me} rất muốn nghe xem {voc} nghĩ sao về “{item}” {pt}.',
          qsdmim: 'Theo {voc} thì chuyện này thế nào {pt}?',
        },
      },
      informal: {
        one: {
          ucau53: '{Voc} có muốn bổ sung gì không?',
          kq5w5i: '{Voc} nghĩ sao về “{item}”? {Me} muốn nghe ý {you} lắm.',
          f7arhe: 'Còn {voc} thấy chuyện này thế nào?',
        },
      },
    },
    2: {
      formal: {
        one: {
          ss7e9h: 'Trước khi đi tiếp, {me} rất mong được nghe ý kiến của {voc} về “{item}” {pt}.',
          s303s8:
            'Liệu {we} có đang bỏ sót điều gì không {pt}? Biết đâu {voc} lại nhìn vấn đề theo cách khác.',
          ld0ujx: '{Me} xin mời {voc} chia sẻ góc nhìn của mình {pt}.',
        },
      },
      informal: {
        one: {
          pgdq5s: 'Trước khi đi tiếp, {me} muốn nghe ý kiến của {voc} về “{item}” {pt}.',
          iuzmsx: 'Không biết {we} có đang bỏ sót gì không nhỉ? Biết đâu {voc} lại thấy khác.',
          ixt7cs: 'Nghe {voc} chia sẻ chút {pt}: {you} nghĩ sao?',
        },
      },
    },
    3: {
      formal: {
        one: {
          tzuy9s: 'Trước khi quyết định, {me} muốn nghe ý kiến của cả nhóm. Mời {voc} {pt}.',
          pqonp8: '{Me} chưa muốn chốt “{item}” vội {pt}: {voc} thấy còn điểm nào cần lưu ý không ạ?',
          zg5loe: '{Me} xin mời {voc} phát biểu một chút: {you} thấy thế nào ạ?',
        },
      },
      informal: {
        one: {
          rdb2km: 'Trước khi quyết định, {me} muốn nghe ý kiến của cả nhóm. Mời {voc} {pt}.',
          gcdfz7: '{We} chưa chốt “{item}” vội {pt}: {voc} thấy còn gì cần lưu ý không?',
          z0uvnq: '{Me} mời {voc} nói một chút: {you} thấy sao?',
        },
      },
    },
  },
  roundHandover: {
    1: {
      formal: {
        one: {
          rro63l: '{Me} cảm ơn {voc} {pt}! Tiếp theo xin mời {nextName}.',
          y51eue: 'Phần của {voc} hết giờ rồi, {me} cảm ơn nhiều {pt}. Giờ đến lượt {nextName}.',
          hn3lkx: 'Dạ, {me} cảm ơn phần chia sẻ của {voc} {pt}.',
          in4640: '{Me} cảm ơn {voc} nhiều {pt}; nếu còn ý nào thì lát nữa {we} bàn thêm.',
        },
      },
      informal: {
        one: {
          q6cnoc: 'Cảm ơn {voc}! Tiếp theo mời {nextName}.',
          grnxzw: 'Phần của {voc} hết giờ rồi, cảm ơn {you} nhiều {pt}. Giờ đến lượt {nextName}.',
          vptrb1: 'Cảm ơn {voc}, dừng ở đây là vừa đẹp {pt}.',
          w05zee: 'Cảm ơn {voc} nhiều; {you} còn ý nào thì lát nữa {we} bàn thêm {pt}.',
        },
      },
    },
    2: {
      formal: {
        one: {
          r1g0p2: '{Voc} nói gọn trong một câu để {we} đi tiếp được không ạ?',
          qp6r0e: 'Đã hết thời gian rồi {pt}; ý nào còn lại {voc} ghi giúp {me} vào khung chat được không ạ?',
          zsvklg: 'Phần còn lại {we} để sau vòng này {pt}. Tiếp theo là {nextName}.',
        },
      },
      informal: {
        one: {
          y8yqgr: '{Voc} nói gọn trong một câu để {we} đi tiếp được không?',
          s3ppsi: 'Hết giờ phần của {you} rồi, ý nào còn lại {voc} ghi vào khung chat giúp {me} {pt}.',
          s7cxs9: 'Phần còn lại để sau vòng này {pt}. Tiếp theo là {nextName}.',
        },
      },
    },
    3: {
      formal: {
        one: {
          igg46l: '{Me} xin phép dừng phần của {you} ở đây {pt}, để ai cũng có thời gian như nhau.',
          ghzptn: '{Me} cảm ơn {voc}; {we} cần đi tiếp {pt}. Xin mời {nextName}.',
          hdzjt9: 'Hết giờ rồi {pt}; {we} phải giữ đúng giờ cho cả vòng, nên phần còn lại xin để sau.',
        },
      },
      informal: {
        one: {
          agqttf:
            '{Me} phải dừng phần của {you} ở đây {pt}, để ai trong vòng này cũng có thời gian như nhau.',
          faljys: 'Cảm ơn {voc}; {we} cần đi tiếp. Mời {nextName}.',
          ahnwrb: 'Hết giờ rồi {pt}; {we} phải giữ đúng giờ cho cả vòng, phần còn lại để sau vòng này.',
        },
      },
    },
  },
  queueLong: {
    1: {
      formal: {
        group: {
          advl3k:
            'Phần “{item}” còn {minutes} mà {queue} vẫn đang chờ phát biểu, {we} cố gắng nói ngắn gọn {pt}.',
          oub5up: 'Xin nhắc giờ một chút: phần “{item}” còn {minutes}. Mời {queue}, mỗi người một ý {pt}.',
          ezf7jr:
            'Vẫn còn vài người đang chờ phát biểu, nên ý nào đã có người nói rồi thì {we} có thể bỏ qua, vì phần “{item}” chỉ còn {minutes} thôi {pt}.',
        },
      },
      informal: {
        group: {
          ll9bpj: 'Phần “{item}” còn {minutes} mà {queue} vẫn đang chờ nói, {we} nói ngắn gọn {pt}.',
          dh66ic: 'Nhắc giờ chút: phần “{item}” còn {minutes}, mời {queue} mỗi người một ý {pt}.',
          xo5tas:
            'Vẫn còn vài người đang chờ, nên ý nào có người nói rồi thì {we} bỏ qua cũng được, vì phần “{item}” chỉ còn {minutes} thôi {pt}.',
        },
      },
    },
    2: {
      formal: {
        group: {
          xzmu0w:
            'Chỉ còn {minutes} {pt}, {me} xin đề nghị {queue} mỗi người nói một ý, phần còn lại gửi qua email.',
          g1fwhb:
            'Phần “{item}” sắp hết giờ {pt}; {me} xin mời {queue} ưu tiên những ý cần chốt ngay trong buổi này.',
          a6y7yf: 'Để ai cũng kịp nói trong {minutes} còn lại, {we} chỉ nêu những ý mới thôi {pt}.',
        },
      },
      informal: {
        group: {
          klg2vg: 'Còn {minutes} thôi, nhờ {queue} mỗi người một ý, phần còn lại gửi email {pt}.',
          tmku7p: 'Phần “{item}” sắp hết giờ rồi, {queue} ưu tiên ý nào cần chốt ngay trong buổi này {pt}.',
          ib5a9s: 'Để ai cũng kịp nói trong {minutes} còn lại, {we} chỉ nêu ý mới thôi {pt}.',
        },
      },
    },
    3: {
      formal: {
        group: {
          s5oz93:
            'Phần “{item}” sắp hết giờ {pt}. {Me} nhờ {queue} gửi ý kiến qua email hoặc tin nhắn được không ạ?',
          lbqfii:
            '{Me} xin phép chốt danh sách phát biểu ở đây {pt}; những ý chưa bàn xong {we} ghi lại và trao đổi sau cuộc gọi.',
          n1iscj:
            '{We} cần đi tiếp {pt}. {Me} xin tóm tắt nhanh những điểm đã thống nhất, rồi {we} khép lại phần này.',
          sgcu4x:
            '{We} khép lại “{item}” ở đây và chuyển sang “{next}” {pt}; các ý còn lại {me} sẽ tổng hợp sau.',
        },
      },
      informal: {
        group: {
          ajwms2: 'Phần “{item}” sắp hết giờ rồi, {queue} nhắn ý cho {me} sau {pt}.',
          a6u41d:
            '{Me} chốt danh sách phát biểu ở đây {pt}; ý nào chưa xong {we} ghi lại rồi bàn sau cuộc gọi.',
          tofan1:
            '{We} phải đi tiếp rồi. {Me} tóm tắt nhanh những điểm đã thống nhất rồi {we} khép lại phần này {pt}.',
          lmiags: '{We} dừng “{item}” ở đây và chuyển sang “{next}” {pt}; các ý còn lại {me} tổng hợp sau.',
        },
      },
    },
  },
};
