import re, glob, sys, datetime as d
from xml.dom import minidom
import os
D=os.path.dirname(os.path.abspath(__file__))
WD={'monday':1,'tuesday':2,'wednesday':3,'thursday':4,'friday':5,'saturday':6,'sunday':7}
MON={m:i+1 for i,m in enumerate(['january','february','march','april','may','june','july','august','september','october','november','december'])}
MABBR={'jan':1,'feb':2,'mar':3,'apr':4,'jun':6,'jul':7,'aug':8,'sep':9,'sept':9,'oct':10,'nov':11,'dec':12}
VAL=re.compile(r'^(\d{4}(-\d\d(-\d\d(T(\d\d:\d\d|MO|AF|EV|NI))?)?)?|\d{4}-W\d\d(-WE)?|\d{4}-Q[1-4]|\d{4}-H[12]|\d{4}-(SP|SU|FA|WI)|\d{2,3}|P(\d+|X)(Y|M|W|D)|PT(\d+|X)(H|M|S)|XXXX-WXX-\d(T(MO|AF|EV|NI))?|XXXX-XX-XXT\d\d:\d\d|XXXX-(SP|SU|FA|WI|\d\d)|PRESENT_REF|PAST_REF|FUTURE_REF)$')
def wk(x): y,w,_=x.isocalendar(); return f'{y}-W{w:02d}'
probs=0; tot=0
REVIEWED={('unseen7_24','REL this week -> 2025-W51 expect 2025-W52'),('unseen7_24','REL tonight 2025-12-21TNI'),
 ('unseen7_26','month name, value lacks month: the second week of January 2009-W02'),
 ('unseen7_29','REL Today -> PRESENT_REF (DCT-based 2000-03-19) [check if generic/narrative]')}
reviewed=0
def P(f,msg):
    global probs,reviewed
    if (f,msg) in REVIEWED: reviewed+=1; print(f'{f}: {msg}  [reviewed, intended]'); return
    probs+=1; print(f'{f}: {msg}')
for fn in sorted(glob.glob(D+'/*.tml')):
    f=fn.split('/')[-1][:10]
    doc=minidom.parse(fn)
    tx=doc.getElementsByTagName('TIMEX3')
    assert tx[0].getAttribute('tid')=='t0'
    dct=d.date.fromisoformat(tx[0].getAttribute('value'))
    if doc.getElementsByTagName('DOCID')[0].firstChild.data!='unseen7_'+fn.split('/')[-1][8:-4]: P(f,'docid')
    for i,t in enumerate(tx[1:],1):
        tot+=1
        tid=t.getAttribute('tid'); typ=t.getAttribute('type'); v=t.getAttribute('value'); mod=t.getAttribute('mod')
        text=t.firstChild.data; lt=text.lower()
        if tid!=f't{i}': P(f,f'tid {tid} expected t{i}')
        if set(t.attributes.keys())-{'tid','type','value','mod'}: P(f,'extra attrs')
        if not VAL.match(v): P(f,f'bad value {v} for {text}')
        # type/value consistency
        if typ=='DURATION' and not v.startswith('P'): P(f,f'DURATION w/o P: {text} {v}')
        if typ!='DURATION' and typ!='SET' and v.startswith('P') and not v.endswith('_REF'): P(f,f'P value on {typ}: {text}')
        if typ=='TIME' and 'T' not in v: P(f,f'TIME without T: {text} {v}')
        if typ=='DATE' and re.search(r'T\d|T(MO|AF|EV|NI)',v): P(f,f'DATE with time: {text} {v}')
        if typ=='SET' and not (v.startswith('P') or v.startswith('XXXX')): P(f,f'SET value {v}')
        m=re.match(r'^(\d{4})-(\d\d)-(\d\d)',v); full=d.date(*map(int,m.groups())) if m else None
        # weekday check
        for w,n in WD.items():
            if re.search(r'\b'+w+r's?\b',lt) or (w=='wednesday' and 'wednesday' in lt):
                if full:
                    if full.isoweekday()!=n: P(f,f'WEEKDAY {text} -> {v} is {full:%A}')
                elif typ=='SET' and re.match(r'XXXX-WXX-\d',v):
                    if int(v[9])!=n: P(f,f'SET weekday {text} {v}')
                elif v.endswith('-WE') and w in ('saturday','sunday'): pass
                else: P(f,f'weekday name but no full date: {text} {v}')
        # month check
        for tok in re.findall(r'[a-z]+',lt):
            mm=MON.get(tok) or (MABBR.get(tok) if re.search(r'\b'+tok+r'\b\.?',lt) else None)
            if tok=='may' and 'may day' in lt: mm=5
            if mm:
                if re.match(r'^(\d{4}|XXXX)-(\d\d)',v):
                    if int(v[5:7])!=mm: P(f,f'MONTH {text} -> {v}')
                elif typ=='DURATION' and 'fiscal' not in lt: pass
                else: P(f,f'month name, value lacks month: {text} {v}')
        # day number check: "March 2", "2 March", "6th March", "Feb 16", "(13)"
        mm2=re.search(r'([A-Za-z]+)\.? (\d{1,2})\b(?!:|\.\d)',text) or re.search(r'\b(\d{1,2})(?:st|nd|rd|th)? ([A-Za-z]+)',text)
        if mm2 and full:
            a,b=mm2.groups()
            if a.isdigit(): a,b=b,a
            if a.lower().rstrip('.') in MON or a.lower() in MABBR:
                if int(b)!=full.day: P(f,f'DAYNUM {text} -> {v}')
        # year check
        dec=re.search(r"(\d{3})0s\b",text)
        if dec and v!=dec.group(1): P(f,f'DECADE {text} -> {v}')
        for y in re.findall(r'(?<![\d.:])(\d{4})(?:[-/](\d{1,4}))?(?![\d:s])',text):
            yy,y2=y
            if y2 and len(y2)<=2 and not re.search(r'\d{4}-\d\d-',text):  # split year like 2011-12 -> end year
                end=int(yy[:4-len(y2)]+y2) if len(y2)<4 else int(y2)
                if int(yy)+1!=end: P(f,f'split year odd {text}')
                if not v.startswith(str(end)): P(f,f'SPLITYEAR {text} -> {v} (expect {end})')
            elif y2 and len(y2)==4:
                if not v.startswith(y2): P(f,f'SPLITYEAR4 {text} -> {v}')
            elif typ in('DATE','TIME') and not v.startswith(yy) and not re.search(r'\d\d\d\d hours|^\d{4}$',text) :
                P(f,f'YEAR {text} -> {v}')
            elif re.fullmatch(r'\d{4}',text) and not (v==yy or (typ=='TIME')): P(f,f'YEAR {text} -> {v}')
        # relative to DCT
        rel={'today':dct,'yesterday':dct-d.timedelta(1),'tomorrow':dct+d.timedelta(1)}
        for k,dd in rel.items():
            if re.search(r'\b'+k+r'\b',lt) and not v.startswith(dd.isoformat()):
                P(f,f'REL {text} -> {v} (DCT-based {dd}) [check if generic/narrative]')
        if re.search(r'\btonight\b',lt) and not v.startswith(dct.isoformat()): P(f,f'REL tonight {v}')
        for k,delta in [('this',0),('last',-1),('next',1)]:
            if re.fullmatch(k+r' week',lt):
                e=wk(dct+d.timedelta(7*delta))
                if v!=e: P(f,f'REL {text} -> {v} expect {e}')
            if re.fullmatch(k+r' month',lt):
                y,mo=dct.year,dct.month+delta
                if mo==0:y,mo=y-1,12
                if mo==13:y,mo=y+1,1
                if v!=f'{y}-{mo:02d}': P(f,f'REL {text} -> {v}')
            if re.fullmatch(k+r' year',lt) and v!=str(dct.year+delta): P(f,f'REL {text} -> {v}')
            if re.fullmatch(k+r' weekend',lt):
                base=dct+d.timedelta(7*delta)
                # weekend of the ISO week; if dct is Sunday 'this weekend' = same week
                if v!=wk(base)+'-WE': P(f,f'REL {text} -> {v} expect {wk(base)}-WE')
        m=re.fullmatch(r'(?:about )?(a|an|one|two|three|four|five|six|seven|eight|nine|ten|\d+) (day|week|month|year|fortnight)s? ago',lt)
        if m:
            nw={'a':1,'an':1,'one':1,'two':2,'three':3,'four':4,'five':5,'six':6,'seven':7,'eight':8,'nine':9,'ten':10}
            n=int(m.group(1)) if m.group(1).isdigit() else nw[m.group(1)]; u=m.group(2)
            if u=='day': e=(dct-d.timedelta(n)).isoformat()
            elif u=='week': e=wk(dct-d.timedelta(7*n))
            elif u=='fortnight': e=wk(dct-d.timedelta(14*n))
            elif u=='month':
                k=dct.year*12+dct.month-1-n; e=f'{k//12}-{k%12+1:02d}'
            else: e=str(dct.year-n)
            if v!=e: P(f,f'AGO {text} -> {v} expect {e}')

import collections
wd=collections.Counter(); yrs=[]
for fn in sorted(glob.glob(D+'/*.tml')):
    x=d.date.fromisoformat(minidom.parse(fn).getElementsByTagName('TIMEX3')[0].getAttribute('value')); wd[x.strftime('%a')]+=1; yrs.append(x.year)
    names={n.tagName for n in minidom.parse(fn).getElementsByTagName('*')}
    if names-{'TimeML','DOCID','DCT','TEXT','TIMEX3'}: P(fn,'extra tags')
    if not re.fullmatch(r'unseen7_\d\d_[a-z0-9_]+\.tml',fn.split('/')[-1]): P(fn,'filename')
print('files',len(yrs),'DCT years',min(yrs),max(yrs),'weekdays',dict(wd))
print(f'{probs} unreviewed problems, {reviewed} reviewed exceptions, {tot} timexes')
