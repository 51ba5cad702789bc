/**
 * Portuguese names that came out junk or cut short in the key actors: saints' names, topics
 * written with capitals. Sentences written for this test (docs/actors.md, "Languages").
 */
import { describe, expect, it } from 'vitest';
import { actorsOf, find, names } from './sentences-for-tests';

describe('Portuguese saints’ names', () => {
  it('keeps São, Santo and Santa before a given name in the name', () => {
    const pt = actorsOf(
      'O frade tornou-se mais tarde Santo António de Lisboa. A festa decorre em São Pedro ' +
        'do Estoril e em Santa Maria da Feira, junto à Igreja de Santa Teresa.',
      'pt',
    );
    expect(names(pt)).toEqual(
      expect.arrayContaining([
        'Santo António de Lisboa',
        'São Pedro do Estoril',
        'Santa Maria da Feira',
        'Igreja de Santa Teresa',
      ]),
    );
    expect(names(pt)).not.toContain('António de Lisboa');
    expect(names(pt)).not.toContain('Pedro do Estoril');
  });
});

describe('Portuguese topics written with capitals', () => {
  it('drops a policy or field opened by an abstract noun, keeps institutions', () => {
    const pt = actorsOf(
      'A Comissão Europeia discutiu as Alterações Climáticas e o Desenvolvimento Regional. ' +
        'A Prevenção do Tabagismo preocupa a Autoridade da Concorrência e a Comunidade ' +
        'Europeia. A Autoridade da Concorrência e a Comunidade Europeia vão reunir-se.',
      'pt',
    );
    expect(names(pt)).not.toContain('Alterações Climáticas');
    expect(names(pt)).not.toContain('Desenvolvimento Regional');
    expect(names(pt)).not.toContain('Prevenção do Tabagismo');
    expect(find(pt, 'Comissão Europeia')?.type).toBe('organization');
    expect(names(pt)).toEqual(
      expect.arrayContaining(['Autoridade da Concorrência', 'Comunidade Europeia']),
    );
  });
});

describe('Portuguese capitals that say little', () => {
  it('leaves out a name mentioned once that only its shape types', () => {
    const pt = actorsOf(
      'Os preços subiram, escreveu ontem o blogue Tinta Azul Escura num texto longo. O ' +
        'Ricardo Mendes voltou a casa e Ricardo Mendes descansou.',
      'pt',
    );
    expect(names(pt)).not.toContain('Tinta Azul Escura');
    expect(find(pt, 'Ricardo Mendes')?.type).toBe('person');
  });
});

describe('Portuguese places and institutions named after a person', () => {
  it('keeps the head word before the person’s name, and a government’s leader apart', () => {
    const pt = actorsOf(
      'Houve um assalto na Avenida Jorge Amado, perto do Instituto Nacional de Saúde Ricardo ' +
        'Jorge. O Governo José Sócrates aprovou a medida.',
      'pt',
    );
    expect(find(pt, 'Avenida Jorge Amado')?.type).toBe('place');
    expect(find(pt, 'Instituto Nacional de Saúde Ricardo Jorge')?.type).toBe('organization');
    expect(names(pt)).not.toContain('Jorge Amado');
    expect(find(pt, 'José Sócrates')?.type).toBe('person');
  });

  it('leaves an office ending in a bare "de" out of the name after it', () => {
    const pt = actorsOf(
      'O secretário de Estado Miguel Sousa visita a barragem. O chefe de Estado Rui Lopes fica.',
      'pt',
    );
    expect(find(pt, 'Miguel Sousa')?.type).toBe('person');
    expect(find(pt, 'Rui Lopes')?.type).toBe('person');
    expect(names(pt).some((n) => n.startsWith('Estado'))).toBe(false);
  });
});

describe('Portuguese plans, programmes and charters', () => {
  it('takes no plan, protocol, programme or charter for an actor', () => {
    const pt = actorsOf(
      'O Governo aprovou o Plano Tecnológico e assinou o Protocolo de Quioto. A Carta foi ' +
        'ratificada, e o Programa Nacional de Vacinação também, disse António Costa. O Plano ' +
        'Tecnológico, o Protocolo de Quioto, a Carta e o Programa Nacional de Vacinação ' +
        'custam caro.',
      'pt',
    );
    for (const n of ['Plano Tecnológico', 'Protocolo de Quioto', 'Carta'])
      expect(names(pt)).not.toContain(n);
    expect(names(pt)).not.toContain('Programa Nacional de Vacinação');
    expect(find(pt, 'António Costa')?.type).toBe('person');
  });
});

describe('Portuguese buildings and lands by their head word', () => {
  it('types a monastery, a maternity hospital and a stadium as places', () => {
    const pt = actorsOf(
      'A exposição abriu no Mosteiro de Santa Clara-a-Velha. A criança nasceu na Maternidade ' +
        'Alfredo da Costa e o pai foi ao Estádio José Alvalade. O Mosteiro de Santa ' +
        'Clara-a-Velha, a Maternidade Alfredo da Costa e o Estádio José Alvalade são antigos.',
      'pt',
    );
    for (const n of [
      'Mosteiro de Santa Clara-a-Velha',
      'Maternidade Alfredo da Costa',
      'Estádio José Alvalade',
    ])
      expect(find(pt, n)?.type).toBe('place');
  });
});

describe('Portuguese legal acts', () => {
  it('takes no decision, resolution or order for an actor', () => {
    const pt = actorsOf(
      'A Decisão Final de Bruxelas saiu ontem, e a Resolução Geral de Março também. A Decisão ' +
        'Final de Bruxelas e a Resolução Geral de Março citam Ana Gomes.',
      'pt',
    );
    expect(names(pt)).not.toContain('Decisão Final de Bruxelas');
    expect(names(pt)).not.toContain('Resolução Geral de Março');
    expect(find(pt, 'Ana Gomes')?.type).toBe('person');
  });
});

describe('Portuguese rulers’ numbers', () => {
  it('keeps the number in the name, and its full stop out of it at a sentence’s end', () => {
    const text =
      'Foi educado na corte de D. Afonso V. Partiu depois para Nápoles. O rei D. Sancho I, ' +
      'filho de D. Afonso Henriques, morreu cedo. O engenheiro José V. Vasconcelos falou.';
    const pt = actorsOf(text, 'pt');
    expect(names(pt)).toEqual(
      expect.arrayContaining(['D. Afonso V', 'D. Sancho I', 'José V. Vasconcelos']),
    );
    const afonso = find(pt, 'D. Afonso V');
    const span = afonso?.mentions[0];
    expect(span && text.slice(span.start, span.end)).toBe('D. Afonso V');
  });
});

describe('addresses written in lower case', () => {
  it('keeps an acronym whose e-mail address the page gives in lower case', () => {
    const pt = actorsOf(
      'Escreva para ibap@ibap.org ou visite www.ibap.org. O IBAP reuniu-se ontem, e o ' +
        'IBAP aprovou as contas.',
      'pt',
    );
    expect(find(pt, 'IBAP')?.type).toBe('organization');
  });
});

describe('a city named by a head word', () => {
  it('keeps Porto, a listed city, though "porto" heads place names', () => {
    const pt = actorsOf(
      'O comboio saiu de Lisboa às oito horas. No Porto, os passageiros esperavam há muito, e o ' +
        'Porto recebeu-os bem.',
      'pt',
    );
    expect(find(pt, 'Porto')?.type).toBe('place');
  });
});

describe('Portuguese feasts', () => {
  it('takes Natal for Christmas unless a place cue stands before it', () => {
    const pt = actorsOf(
      'A loja só fecha no Natal. A ceia de Natal da família foi servida em Lisboa, ' +
        'e a Páscoa e o Carnaval ficaram para depois.',
      'pt',
    );
    expect(names(pt)).not.toContain('Natal');
    expect(names(pt)).not.toContain('Páscoa');
    expect(names(pt)).not.toContain('Carnaval');
    const city = actorsOf(
      'O cantor nasceu em Natal, no Rio Grande do Norte, e vive em Natal desde 2001.',
      'pt',
    );
    expect(find(city, 'Natal')?.type).toBe('place');
    expect(names(actorsOf('O Pai Natal não existe. O Pai Natal chegou.', 'pt'))).toContain(
      'Pai Natal',
    );
  });
});

describe('Portuguese streets named after a person', () => {
  it('keeps a civility after a street’s head in the street’s name', () => {
    const pt = actorsOf(
      'A sede fica na Rua Dona Amélia, em Botafogo, e o armazém na Rua de D. Duarte, em ' +
        'Montemor. A loja da Praça Dom Afonso abriu ontem.',
      'pt',
    );
    expect(names(pt)).toEqual(
      expect.arrayContaining(['Rua Dona Amélia', 'Rua de D. Duarte', 'Praça Dom Afonso']),
    );
    expect(names(pt)).not.toContain('Dona Amélia');
    expect(names(pt)).not.toContain('D. Duarte');
  });

  it('takes the street, not the person, after another name and a particle', () => {
    const pt = actorsOf(
      'A bomba atingiu o banco da Rua Teodoro Sampaio, no centro. Depois, a polícia ' +
        'fechou a Rua Teodoro Sampaio.',
      'pt',
    );
    expect(find(pt, 'Rua Teodoro Sampaio')?.type).toBe('place');
    expect(names(pt)).not.toContain('Teodoro Sampaio');
  });

  it('still reads a civility after an office as the person’s', () => {
    const pt = actorsOf(
      'O presidente da Câmara Dr. João Silva falou. O Dr. João Silva saiu.',
      'pt',
    );
    expect(find(pt, 'Dr. João Silva')?.type).toBe('person');
  });
});

describe('listed names of four words', () => {
  it('reads São Tomé e Príncipe whole, not the town São Tomé', () => {
    const pt = actorsOf('Expulsaram os holandeses de Angola e de São Tomé e Príncipe.', 'pt');
    expect(names(pt)).toContain('São Tomé e Príncipe');
    expect(names(pt)).not.toContain('São Tomé');
  });
});

describe('"e" inside an institution’s name', () => {
  it('joins two plain words after the institution’s "de", not two names', () => {
    const pt = actorsOf(
      'O Ministério da Educação e Ciência abriu o concurso. O Instituto da Natureza e ' +
        'Florestas proibiu a caça. A Câmara de Lisboa e Porto falaram; o Ministério da Saúde e ' +
        'Maria Silva também.',
      'pt',
    );
    expect(names(pt)).toEqual(
      expect.arrayContaining([
        'Ministério da Educação e Ciência',
        'Instituto da Natureza e Florestas',
        'Maria Silva',
        'Porto',
      ]),
    );
    expect(names(pt).some((n) => n.startsWith('e '))).toBe(false);
  });
});

describe('"para a" inside an institution’s name', () => {
  it('keeps what an institution works for in its name, not another name after it', () => {
    const pt = actorsOf(
      'A Associação Portuguesa para a Promoção da Leitura reuniu-se. O dinheiro do Estado ' +
        'para a Câmara de Setúbal chegou ontem.',
      'pt',
    );
    expect(names(pt)).toContain('Associação Portuguesa para a Promoção da Leitura');
    expect(names(pt)).toContain('Câmara de Setúbal');
    expect(names(pt).some((n) => n.includes('para a Câmara'))).toBe(false);
  });
});

describe('Portuguese civilities abbreviated in lower case', () => {
  it('keeps "sr." and "dr." in the name, as their capitalised forms are', () => {
    const pt = actorsOf(
      'O curso foi dirigido pelo sr. Alfredo Costa, entre outros. Depois veio o dr. Rui ' +
        'Nogueira de Sá, que falou com o sr. Alfredo Costa.',
      'pt',
    );
    expect(find(pt, 'sr. Alfredo Costa')?.type).toBe('person');
    expect(names(pt)).toContain('dr. Rui Nogueira de Sá');
    expect(names(pt)).not.toContain('Alfredo Costa');
  });
});

describe('Portuguese portfolios listed after a minister', () => {
  it('takes every field of the list as the office’s, not as actors', () => {
    const pt = actorsOf(
      'O Ministro da Agricultura, do Desenvolvimento Rural e das Pescas, Jaime de Jesus ' +
        'Lopes Silva, assinou a portaria. O Ministério da Agricultura, do Desenvolvimento ' +
        'Rural e das Pescas publicou-a.',
      'pt',
    );
    expect(names(pt)).not.toContain('Pescas');
    expect(names(pt)).not.toContain('Agricultura');
    expect(find(pt, 'Jaime de Jesus Lopes Silva')?.type).toBe('person');
  });
});

describe('Portuguese and Spanish given names with "de"', () => {
  it('keeps "de" and a second given name inside one person’s name', () => {
    const pt = actorsOf(
      'A reunião juntou Maria da Conceição Santos e Maria de Jesus Ferreira. ' +
        'Maria da Conceição Santos falou primeiro.',
      'pt',
    );
    expect(names(pt)).toEqual(
      expect.arrayContaining(['Maria da Conceição Santos', 'Maria de Jesus Ferreira']),
    );
    expect(names(pt)).not.toContain('Conceição Santos');
  });

  it('still reads Italian "di" before a full name as a work and its author', () => {
    const it_ = actorsOf(
      'In libreria è arrivato il romanzo Cesare di Andrea Frediani. Andrea Frediani lo ' +
        'presenterà a Roma.',
      'it',
    );
    expect(names(it_)).toContain('Andrea Frediani');
    expect(names(it_)).not.toContain('Cesare di Andrea Frediani');
  });
});

describe('surnames written in capitals after the given name', () => {
  it('keeps "Ana COSTA" whole, as minutes and press releases write it', () => {
    const pt = actorsOf(
      'Também o presidente do Conselho da UE, Ana COSTA, destacou o acordo. ' +
        'Depois Ana COSTA partiu para Bruxelas.',
      'pt',
    );
    expect(find(pt, 'Ana COSTA')?.type).toBe('person');
    expect(names(pt)).not.toContain('Ana');
  });
});
