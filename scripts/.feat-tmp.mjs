// features of each annotated, currently-reported ambiguous finding
import fs from 'node:fs'; import path from 'node:path'
const root='/work/wt/precision'; const d=root+'/packages/core/dist/'
const {readDocument}=await import(d+'engine.js'); const {Analysis}=await import(d+'analysis.js')
const {compileGlossary}=await import(d+'glossary/compile.js'); const {builtinGlossary}=await import(d+'glossary/builtin.js')
const {builtinData}=await import(d+'data/index.js'); const {normalizeWord}=await import(d+'normalize.js')
const core=await import(d+'index.js')
const rows=fs.readFileSync(root+'/fixtures/eval/documents.tsv','utf8').trim().split('\n').slice(1).map(r=>r.split('\t'))
const bind=new Set([...builtinData().ambiguity.ru.binding,...builtinData().ambiguity.en.binding])
const want=process.argv[2]||'ru'
const stats={}
for(const [id,lang,file] of rows){ if(lang!==want) continue
  const buf=fs.readFileSync(path.resolve(root,file)); let text
  try{text=new TextDecoder('utf-8',{fatal:true}).decode(buf)}catch{text=new TextDecoder('windows-1251').decode(buf)}
  text=text.replace(/^\uFEFF/,'')
  const ann=new Map(); for(const n of fs.readdirSync(root+'/fixtures/eval/annotations').filter(n=>n.startsWith(id+'.')&&n.includes('ambiguous')))
    for(const l of fs.readFileSync(root+'/fixtures/eval/annotations/'+n,'utf8').split('\n')){const c=l.split('\t'); if(c.length>4&&!l.startsWith('#')) ann.set(c[1]+':'+c[2],c[0])}
  const res=core.lintMarkdown(text,{glossary:core.builtinGlossary()})
  const {prose}=readDocument(text,lang)
  const an=new Analysis(prose,compileGlossary(builtinGlossary(),lang),lang)
  const lineStarts=[0]; for(let i=0;i<text.length;i++) if(text[i]==='\n') lineStarts.push(i+1)
  for(const m of res.messages.filter(m=>m.ruleId==='ambiguous-wording')){
    const v=ann.get(m.line+':'+m.column)||'?'
    const off=lineStarts[m.line-1]+m.column-1
    let sent; for(const s of an.sentences()){ const w=s.words; if(w.length&&w[0].span.start<=off&&off<w.at(-1).span.end+1){sent=s;break} }
    if(!sent){console.log('nosent',id,m.line);continue}
    const b=sent.block; const hasBind=sent.words.some(w=>bind.has(normalizeWord(w.text)))
    const role=an.requirements.sectionRole(b); const verdict=an.requirements.verdict(sent)
    const f=`${b.container.type}${b.kind==='heading'?'/h':''} bind=${hasBind} role=${role} ${verdict}`
    console.log(v.padEnd(9), id.padEnd(22), (m.line+':'+m.column).padEnd(9), f, '|', m.actual)
  }
}
