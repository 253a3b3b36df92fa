/**
 * Verbs that take the particle 著 right before a title or before 有, where a writer's 著 stands
 * after a name: 隨著《海角七號》熱映 and 金庸著《射鵰英雄傳》, 這意味著有變化 and 他著有多部小說. A
 * name is any word, and the verbs are many, so only common ones are listed, each a single
 * character that ends the compounds too (伴隨, 觀看, 播放, 意味, 代表, 象徵, 存在). Left out: those
 * that often end a name or stand before a writer's 著, 等 above all (王明等著《…》, "and others");
 * then 順, 望, 向, 為, 守.
 *
 * Used by the converter's fixes of Taiwan's 著 (convert/phrase-fixes.ts) and by the count of
 * particles that tells a Hong Kong page writing Taiwan's 著 (`writesTaiwanZhu`, detect/script.ts).
 * Taiwan forms, as Taiwan and Hong Kong pages write them.
 */
export const ZHU_PARTICLE_VERBS =
  '隨憑靠藉跟沿循繞看讀唸念閱聽唱哼誦演播映放拿捧抱握帶戴穿舉揣夾翻寫印刻貼掛標頂打追盯想盼說講喊接續載述承味示表徵誌藏滿在臨含待活坐站躺住留裝擺過做';
